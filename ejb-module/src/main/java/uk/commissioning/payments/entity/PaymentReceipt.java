package uk.commissioning.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment line paid, as a remittance line said: at most one per payment line (unique in the database). */
@Entity
@Table(name = "payment_receipt")
public class PaymentReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payment_line_id", nullable = false, updatable = false)
    private Long paymentLineId;

    @Column(name = "remittance_id", nullable = false, updatable = false)
    private Long remittanceId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(name = "payment_reference", nullable = false, updatable = false)
    private String paymentReference;

    @Column(name = "journal_entry_id", nullable = false, updatable = false)
    private Long journalEntryId;

    protected PaymentReceipt() {
    }

    public PaymentReceipt(Long paymentLineId, Long remittanceId, int lineNo, BigDecimal amount, LocalDate paidOn,
                          String paymentReference, Long journalEntryId) {
        this.paymentLineId = paymentLineId;
        this.remittanceId = remittanceId;
        this.lineNo = lineNo;
        this.amount = amount;
        this.paidOn = paidOn;
        this.paymentReference = paymentReference;
        this.journalEntryId = journalEntryId;
    }

    public Long id() {
        return id;
    }

    public Long paymentLineId() {
        return paymentLineId;
    }

    public Long remittanceId() {
        return remittanceId;
    }

    public int lineNo() {
        return lineNo;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public Long journalEntryId() {
        return journalEntryId;
    }
}
