package uk.commissioning.contracts.entity;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.commissioning.money.Money;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * How a contract's value is split across the funds that pay for it. As requested, each share names a fund once, for
 * more than zero (a variation may bring a fund down to zero), in that fund's currency, and the shares add up to the
 * value to the penny: a split that does not is refused, never rescaled. When a variation changes the value without
 * saying who pays, the new value is spread in proportion to the current shares by largest remainder, so the parts
 * still add up exactly.
 *
 * @param shares in request order (or funding-line order, for a contract's split as it stands)
 */
public record FundingSplit(List<Share> shares) {

    /** What the split needs to know of a paying fund. */
    public record Payer(Long fundId, String code, Currency currency) {
    }

    /**
     * Finds the fund a share names. Whoever checks a split decides which funds the caller may use: one they may not is
     * refused by this lookup, before anything else about the share is looked at.
     */
    @FunctionalInterface
    public interface Payers {
        Payer named(Long fundId, String field);
    }

    /**
     * One fund's share. {@code index} is its place in the split, so that a refusal names the request field at fault;
     * {@code allocationId} the earmark it draws on, if any.
     */
    public record Share(int index, Long fundId, Long allocationId, Money amount) {

        public String field() {
            return "funding[" + index + "]";
        }
    }

    public FundingSplit {
        shares = List.copyOf(shares);
    }

    /** A new contract's split: at least one fund, every share more than zero, together exactly the contract's value. */
    public static FundingSplit forContract(List<FundingShare> requested, Money value, Payers payers) {
        if (requested.isEmpty()) {
            throw new RuleViolation(Reason.FUNDING_SPLIT_INVALID, "funding", "name at least one fund that pays for the contract");
        }
        return checked(requested, value, false, "the contract is worth", payers);
    }

    /** The split a variation asks for: a fund may drop to zero, but together the shares are exactly the new value. */
    public static FundingSplit forVariation(List<FundingShare> requested, Money newValue, Payers payers) {
        return checked(requested, newValue, true, "the new value is", payers);
    }

    /** Share by share in request order, so the first share at fault is the one reported; then the total. */
    private static FundingSplit checked(List<FundingShare> requested, Money total, boolean zeroAllowed, String totalIs,
                                        Payers payers) {
        List<Share> checked = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Money sum = Money.zero(total.currency());
        for (int i = 0; i < requested.size(); i++) {
            FundingShare share = requested.get(i);
            String field = "funding[" + i + "]";
            Payer payer = payers.named(share.fundId(), field + ".fundId");
            if (!seen.add(payer.fundId())) {
                throw new RuleViolation(Reason.FUNDING_SPLIT_INVALID, field + ".fundId", payer.code() + " is named twice");
            }
            if (!zeroAllowed) {
                if (share.amount() == null || !share.amount().isPositive()) {
                    throw new RuleViolation(Reason.INVALID_AMOUNT, field + ".amount", "must be more than zero");
                }
            } else if (share.amount().isNegative()) {
                throw new RuleViolation(Reason.INVALID_AMOUNT, field + ".amount", "a fund's share cannot be negative");
            }
            if (!payer.currency().equals(share.amount().currency())) {
                // The words Fund.requireCurrency uses, so the API says the same whichever check catches it.
                throw new RuleViolation(Reason.MIXED_CURRENCY, field + ".amount",
                        "fund " + payer.code() + " is in " + payer.currency() + ", not " + share.amount().currencyCode());
            }
            checked.add(new Share(i, payer.fundId(), share.allocationId(), share.amount()));
            sum = sum.plus(share.amount());
        }
        if (!sum.equals(total)) {
            throw new RuleViolation(Reason.FUNDING_SPLIT_INVALID, "funding",
                    "the funds' shares add up to %s but %s %s".formatted(sum.display(), totalIs, total.display()));
        }
        return new FundingSplit(checked);
    }

    /**
     * This split scaled to a new total: funds that pay nothing now stay at nothing, the others keep their proportions,
     * and the pence that rounding leaves over go to the largest remainders (ties to the earliest share).
     */
    public FundingSplit rescaledTo(Money newTotal) {
        List<Share> paying = shares.stream().filter(s -> s.amount().isPositive()).toList();
        List<Money> parts = paying.size() == 1 ? List.of(newTotal)
                : newTotal.allocate(paying.stream().map(s -> s.amount().amount()).toList());
        List<Share> rescaled = new ArrayList<>();
        for (int i = 0; i < paying.size(); i++) {
            Share share = paying.get(i);
            rescaled.add(new Share(i, share.fundId(), share.allocationId(), parts.get(i)));
        }
        return new FundingSplit(rescaled);
    }

    /**
     * This split as it replaces {@code current}: its own shares, then a zero share for each fund of {@code current}
     * it no longer names, so that fund's part of the commitment goes back.
     */
    public FundingSplit replacing(FundingSplit current) {
        List<Share> all = new ArrayList<>(shares);
        for (Share old : current.shares()) {
            if (!names(old.fundId())) {
                all.add(new Share(all.size(), old.fundId(), old.allocationId(), Money.zero(old.amount().currency())));
            }
        }
        return new FundingSplit(all);
    }

    private boolean names(Long fundId) {
        return shares.stream().anyMatch(s -> s.fundId().equals(fundId));
    }
}
