package uk.commissioning.payments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import uk.commissioning.contracts.control.ContractTransactions;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.payments.entity.PaymentLine;
import uk.commissioning.payments.entity.PaymentReceipt;

/**
 * A contract's payments for OCDS: each paid payment line (a claim's part from one fund) is one transaction, dated on
 * its paid date, paid by the organisation that keeps that fund's books (the pool's host, else its owner) to the
 * provider. The transaction id is the payment's own reference in the file ({@code CLM-<claim>-<fund code>}).
 */
@Dependent
public class PaymentTransactions implements ContractTransactions {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Transaction> of(Contract contract) {
        List<Transaction> transactions = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT l, p FROM PaymentLine l, PaymentReceipt p, Claim c "
                        + "WHERE p.paymentLineId = l.id AND l.claimId = c.id AND c.contract.id = :contract "
                        + "ORDER BY p.paidOn, l.id", Object[].class)
                .setParameter("contract", contract.id()).getResultList()) {
            PaymentLine line = (PaymentLine) row[0];
            PaymentReceipt receipt = (PaymentReceipt) row[1];
            Fund fund = em.find(Fund.class, line.fundId());
            Organisation payer = fund.host() != null ? fund.host() : fund.owner();
            transactions.add(new Transaction(line.claimReference() + "-" + line.fundCode(), "payment-runs/" + line.runId() + "/file",
                    receipt.paidOn(), Money.of(receipt.amount(), line.amount().currency()), payer, contract.provider()));
        }
        return transactions;
    }
}
