package uk.commissioning.contracts.control;

import java.time.LocalDate;
import java.util.List;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.entity.Organisation;

/**
 * The payments made under a contract, for the OCDS export's {@code contracts[].implementation.transactions}. Owned by
 * contracts so that the feature that makes payments (payments) plugs in without contracts depending on it.
 */
public interface ContractTransactions {

    /**
     * One payment: {@code id} unique within the contract, {@code sourcePath} the API path (from the API root, e.g.
     * {@code payment-runs/5/file}) of the document it is recorded in.
     */
    record Transaction(String id, String sourcePath, LocalDate date, Money value, Organisation payer, Organisation payee) {
    }

    /** The contract's payments, oldest first. */
    List<Transaction> of(Contract contract);
}
