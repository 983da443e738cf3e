package uk.commissioning.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import uk.commissioning.identity.Viewer;
import uk.commissioning.payments.control.PaymentRuns;
import uk.commissioning.payments.control.RemittanceFile;
import uk.commissioning.payments.control.Remittances;
import uk.commissioning.payments.entity.PaymentLine;
import uk.commissioning.payments.entity.PaymentRun;
import uk.commissioning.security.control.Users;

/**
 * One payment run for the London Borough of Waltham Forest (host of the pool, so it keeps the pool's books), which
 * schedules the hub's approved Q1 claim, and the finance system's remittance for it, so the demo has a PAID claim;
 * Bexley's claim still waits for its second approver. Dated on the day the demo loads, as the claims were submitted
 * then: payment timeliness measures from submission, and a payment dated before its claim's submission would read
 * as negative days.
 */
@Stateless
public class DemoPayments {

    @Inject
    PaymentRuns runs;

    @Inject
    Remittances remittances;

    @Inject
    Users users;

    public void load() {
        Viewer grace = users.viewer("grace.lin");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PaymentRun run = runs.runNow(new PaymentRuns.Request(null, null, today, null), today, grace);
        StringBuilder csv = new StringBuilder(String.join(",", RemittanceFile.HEADER)).append("\r\n");
        int n = 1;
        for (PaymentLine line : runs.lines(run.id(), grace)) {
            csv.append(line.claimReference()).append(',').append(line.fundCode()).append(',')
                    .append(line.amount().amount().toPlainString()).append(',').append(today).append(',')
                    .append("LBWF-BACS-").append(String.format("%06d", n++)).append("\r\n");
        }
        remittances.receiveNow(run.id(), "lbwf-remittance-demo.csv", csv.toString().getBytes(StandardCharsets.UTF_8), grace);
    }
}
