package uk.commissioning.payments.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a remittance file as read (line 1 is the header, so data starts at line 2). */
public record RemittanceLine(int line, String claimReference, String fundCode, BigDecimal amount, LocalDate paidOn,
                             String paymentReference) {

    /** The payment line it names: claim and fund. */
    public String key() {
        return key(claimReference, fundCode);
    }

    public static String key(String claimReference, String fundCode) {
        return claimReference + "/" + fundCode;
    }
}
