package uk.commissioning.platform.web;

import java.util.List;
import uk.commissioning.money.Money;

/** The API's shared wire shapes. Entities never go on the wire: amounts and audit fields are not mass-assignable. */
public final class Json {

    private Json() {
    }

    /** {@code {"amount":"20000.00","currency":"GBP"}}: a decimal string, never a float. */
    public record MoneyJson(String amount, String currency) {
        public static MoneyJson of(Money money) {
            return money == null ? null : new MoneyJson(money.amount().toPlainString(), money.currencyCode());
        }
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** Paging parameters, bounded so one request cannot ask for a million rows. */
    public static int size(Integer requested, int defaultSize) {
        if (requested == null) {
            return defaultSize;
        }
        if (requested < 1 || requested > 500) {
            throw new InvalidRequestException("size", "must be between 1 and 500");
        }
        return requested;
    }

    public static int page(Integer requested) {
        if (requested == null) {
            return 0;
        }
        if (requested < 0) {
            throw new InvalidRequestException("page", "must be 0 or more");
        }
        return requested;
    }
}
