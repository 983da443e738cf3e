package uk.commissioning.funding.control;

import java.time.LocalDate;
import java.util.List;
import uk.commissioning.ledger.control.DocumentFacts;
import uk.commissioning.ledger.entity.Account;
import uk.commissioning.ledger.entity.EntryType;
import uk.commissioning.ledger.entity.PostingLine;
import uk.commissioning.ledger.entity.SourceDocument;
import uk.commissioning.money.Money;

/**
 * A fund's movements told in plain words, one sentence per journal entry, from the entry's postings to this fund and
 * what its source document is ("Greater London Authority contributed £100,000.00"; "£20,000.00 transferred to Team
 * London small grants 2019/20 under DD2419"). Worked out from the ledger, never stored.
 */
public final class FundStory {

    private FundStory() {
    }

    /**
     * One movement of a fund.
     *
     * @param document what the movement came from, to link to; {@code decisionId} the decision it was made under
     */
    public record Line(Long entryId, LocalDate date, String text, Money amount, SourceDocument document,
                       DocumentFacts facts, Long decisionId, String decisionReference) {

        /** The sentence with the decision it was made under, where there is one. */
        public String inWords() {
            return decisionReference == null ? text : text + " under " + decisionReference;
        }
    }

    /**
     * The sentence for one entry.
     *
     * @param lines the entry's postings to {@code fundId} only (a transfer's other leg is another fund's story)
     * @param facts its source document, if known
     */
    public static Line line(Long fundId, Long entryId, EntryType type, LocalDate date, String description,
                            List<PostingLine> lines, DocumentFacts facts) {
        Money moved = moved(lines);
        String amount = moved.display();
        String other = facts == null ? null : facts.otherSide(fundId);
        String text = switch (type) {
            case CONTRIBUTION -> (other == null ? "A partner" : other) + " contributed " + amount;
            case TRANSFER -> change(lines, Account.AVAILABLE).isNegative()
                    ? amount + " transferred to " + orSomething(other, "another fund")
                    : amount + " transferred in from " + orSomething(other, "another fund");
            case ALLOCATION -> amount + " allocated" + (other == null ? "" : ": " + other);
            case COMMITMENT -> change(lines, Account.COMMITTED).isNegative()
                    ? amount + " released from " + orSomething(other, "a contract")
                    : amount + " committed to " + orSomething(other, "a contract");
            case CLAIM -> change(lines, Account.CLAIMED).isNegative()
                    ? change(lines, Account.CLAIMED).negate().display() + " of a claim by " + orSomething(other, "a provider")
                            + " went back to the commitment"
                    : change(lines, Account.CLAIMED).display() + " claimed by " + orSomething(other, "a provider");
            case CLAIM_APPROVAL -> change(lines, Account.APPROVED).display() + " of a claim by "
                    + orSomething(other, "a provider") + " approved";
            case REVERSAL -> amount + " reversed" + reasonOf(description);
            default -> description + ": " + amount;
        };
        // A reversal's document is the original's, whose decision did not authorise undoing it.
        boolean underDecision = facts != null && facts.decisionReference() != null && type != EntryType.REVERSAL;
        return new Line(entryId, date, text, moved, facts == null ? null : facts.document(), facts,
                underDecision ? facts.decisionId() : null, underDecision ? facts.decisionReference() : null);
    }

    /** What moved: the budget-state money that arrived somewhere in the fund, or, if none did, what left it. */
    static Money moved(List<PostingLine> lines) {
        Money in = Money.zero(lines.get(0).amount().currency());
        Money out = in;
        for (PostingLine line : lines) {
            if (!line.account().isBudgetState()) {
                continue;
            }
            if (line.amount().isPositive()) {
                in = in.plus(line.amount());
            } else {
                out = out.minus(line.amount());
            }
        }
        return in.isZero() ? out : in;
    }

    private static Money change(List<PostingLine> lines, Account account) {
        Money sum = Money.zero(lines.get(0).amount().currency());
        for (PostingLine line : lines) {
            if (line.account() == account) {
                sum = sum.plus(line.amount());
            }
        }
        return sum;
    }

    private static String orSomething(String name, String something) {
        return name == null ? something : name;
    }

    /** A reversal's description is "Reversal of entry N: reason"; the story says "(entry N: reason)". */
    private static String reasonOf(String description) {
        String prefix = "Reversal of ";
        return description == null || !description.startsWith(prefix) ? ""
                : " (" + description.substring(prefix.length()) + ")";
    }
}
