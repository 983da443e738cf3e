package uk.commissioning.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A service a contract buys, and how many units of it a quarter (null: the whole service). */
@Embeddable
public class ContractService {

    @Column(name = "service_id", nullable = false)
    private Long serviceId;

    @Column(name = "units_per_quarter")
    private Integer unitsPerQuarter;

    protected ContractService() {
    }

    public ContractService(Long serviceId, Integer unitsPerQuarter) {
        this.serviceId = serviceId;
        this.unitsPerQuarter = unitsPerQuarter;
    }

    public Long serviceId() {
        return serviceId;
    }

    public Integer unitsPerQuarter() {
        return unitsPerQuarter;
    }
}
