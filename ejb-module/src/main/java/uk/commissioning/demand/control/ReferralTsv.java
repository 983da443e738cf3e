package uk.commissioning.demand.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A chunk's referrals as the text {@code LOAD DATA} reads by default: one line per referral, fields separated by tabs,
 * {@code \N} for NULL, and backslash escapes for a backslash, tab, newline, carriage return or NUL inside a value.
 * The columns are {@link #COLUMNS}, in that order.
 */
final class ReferralTsv {

    /** Every referral column but import_id, which the load sets once for the chunk. */
    static final List<String> COLUMNS = ChunkSql.REFERRAL_COLUMNS.subList(0, ChunkSql.REFERRAL_COLUMNS.size() - 1);

    private ReferralTsv() {
    }

    static byte[] encode(List<StagedRow.Referral> referrals) {
        Bytes text = new Bytes(referrals.size() * 180);
        for (StagedRow.Referral r : referrals) {
            text.string(r.sourceSystem());
            text.string(r.referralRef());
            text.ascii(r.referralDate());
            text.ascii(r.quarterStart());
            text.string(r.personKey());
            text.string(r.personKeyKind());
            text.string(r.ageBand());
            text.string(r.wardCode());
            text.string(r.boroughCode());
            text.string(r.pcnCode());
            text.string(r.practiceCode());
            text.string(r.referralSource());
            text.string(r.setting());
            text.ascii(r.needMask());
            text.ascii(r.serviceId());
            text.string(r.serviceName());
            text.string(r.outcome());
            for (Integer score : r.ons4()) {
                text.ascii(score);
            }
            text.ascii(r.swemwbsBefore() == null ? null : r.swemwbsBefore().toPlainString());
            text.ascii(r.swemwbsAfter() == null ? null : r.swemwbsAfter().toPlainString());
            text.ascii(r.sessionsAttended());
            text.endLine();
        }
        return text.toArray();
    }

    /** The text as UTF-8 bytes, written straight into one array (a StringBuilder would copy it twice more). */
    private static final class Bytes {

        private byte[] bytes;
        private int length;

        Bytes(int capacity) {
            bytes = new byte[Math.max(capacity, 64)];
        }

        /** A value whose text is ASCII without anything to escape: numbers, dates, codes checked on reading. */
        void ascii(Object value) {
            if (value == null) {
                nullField();
                return;
            }
            String text = value.toString();
            room(text.length() + 1);
            for (int i = 0; i < text.length(); i++) {
                bytes[length++] = (byte) text.charAt(i);
            }
            bytes[length++] = '\t';
        }

        void string(String value) {
            if (value == null) {
                nullField();
                return;
            }
            room(2 * value.length() + 1);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c >= 0x80) {
                    utf8(value.substring(i));
                    break;
                }
                switch (c) {
                    case '\\' -> escaped('\\');
                    case '\t' -> escaped('t');
                    case '\n' -> escaped('n');
                    case '\r' -> escaped('r');
                    case '\0' -> escaped('0');
                    default -> bytes[length++] = (byte) c;
                }
            }
            room(1);
            bytes[length++] = '\t';
        }

        /** The rest of a value from its first non-ASCII character: escaped as text, then encoded. */
        private void utf8(String rest) {
            StringBuilder escaped = new StringBuilder(rest.length() + 8);
            for (int i = 0; i < rest.length(); i++) {
                char c = rest.charAt(i);
                switch (c) {
                    case '\\' -> escaped.append("\\\\");
                    case '\t' -> escaped.append("\\t");
                    case '\n' -> escaped.append("\\n");
                    case '\r' -> escaped.append("\\r");
                    case '\0' -> escaped.append("\\0");
                    default -> escaped.append(c);
                }
            }
            byte[] encoded = escaped.toString().getBytes(StandardCharsets.UTF_8);
            room(encoded.length);
            System.arraycopy(encoded, 0, bytes, length, encoded.length);
            length += encoded.length;
        }

        private void escaped(char c) {
            bytes[length++] = '\\';
            bytes[length++] = (byte) c;
        }

        private void nullField() {
            room(3);
            bytes[length++] = '\\';
            bytes[length++] = 'N';
            bytes[length++] = '\t';
        }

        /** The tab after the last field becomes the line's end. */
        void endLine() {
            bytes[length - 1] = '\n';
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
