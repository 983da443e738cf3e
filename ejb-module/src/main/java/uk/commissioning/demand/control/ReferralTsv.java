package uk.commissioning.demand.control;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
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

    /** The chunk's text, to stream into LOAD DATA. */
    static Encoded encode(List<StagedRow.Referral> referrals) {
        Bytes text = new Bytes();
        for (StagedRow.Referral r : referrals) {
            text.string(r.sourceSystem());
            text.string(r.referralRef());
            text.date(r.referralDate());
            text.date(r.quarterStart());
            text.string(r.personKey());
            text.string(r.personKeyKind());
            text.string(r.ageBand());
            text.string(r.wardCode());
            text.string(r.boroughCode());
            text.string(r.pcnCode());
            text.string(r.practiceCode());
            text.string(r.referralSource());
            text.string(r.setting());
            text.number(r.needMask());
            text.number(r.serviceId());
            text.string(r.serviceName());
            text.string(r.outcome());
            for (Integer score : r.ons4()) {
                text.number(score == null ? null : score.longValue());
            }
            text.ascii(r.swemwbsBefore() == null ? null : r.swemwbsBefore().toPlainString());
            text.ascii(r.swemwbsAfter() == null ? null : r.swemwbsAfter().toPlainString());
            text.number(r.sessionsAttended() == null ? null : r.sessionsAttended().longValue());
            text.endLine();
        }
        return text.done();
    }

    /**
     * UTF-8 text in blocks of 64 KiB. One array for a chunk's 1.7 MB would be a "humongous" object to the G1 collector
     * (over half a region in a 512 MB heap), allocated straight into the old generation, and every one of them starts a
     * concurrent collection cycle: measured, the cycles cost the import more CPU than encoding the rows.
     */
    record Encoded(List<byte[]> blocks, List<Integer> lengths) {

        long length() {
            return lengths.stream().mapToLong(Integer::longValue).sum();
        }

        InputStream stream() {
            List<InputStream> parts = new ArrayList<>(blocks.size());
            for (int i = 0; i < blocks.size(); i++) {
                parts.add(new ByteArrayInputStream(blocks.get(i), 0, lengths.get(i)));
            }
            return new SequenceInputStream(Collections.enumeration(parts));
        }

        byte[] toArray() throws IOException {
            return stream().readAllBytes();
        }
    }

    private static final int BLOCK = 64 * 1024;

    /** Writes the text straight into byte blocks (a StringBuilder would copy it twice more). */
    private static final class Bytes {

        private final List<byte[]> blocks = new ArrayList<>();
        private final List<Integer> lengths = new ArrayList<>();
        private byte[] bytes = new byte[BLOCK];
        private int length;

        /** A whole number in decimal digits, written without making a String of it (a million rows, a dozen each). */
        void number(Long value) {
            if (value == null) {
                nullField();
            } else {
                number(value.longValue());
            }
        }

        void number(long v) {
            room(21);
            if (v < 0) {
                bytes[length++] = '-';
                v = -v;
            }
            int end = length + digitCount(v);
            for (int i = end - 1; i >= length; i--) {
                bytes[i] = (byte) ('0' + v % 10);
                v /= 10;
            }
            length = end;
            bytes[length++] = '\t';
        }

        private static int digitCount(long v) {
            int digits = 1;
            while (v >= 10) {
                v /= 10;
                digits++;
            }
            return digits;
        }

        /** YYYY-MM-DD (years 1000-9999: a date checked on reading). */
        void date(java.time.LocalDate value) {
            if (value == null) {
                nullField();
                return;
            }
            room(11);
            int year = value.getYear();
            bytes[length++] = (byte) ('0' + year / 1000 % 10);
            bytes[length++] = (byte) ('0' + year / 100 % 10);
            bytes[length++] = (byte) ('0' + year / 10 % 10);
            bytes[length++] = (byte) ('0' + year % 10);
            bytes[length++] = '-';
            twoDigits(value.getMonthValue());
            bytes[length++] = '-';
            twoDigits(value.getDayOfMonth());
            bytes[length++] = '\t';
        }

        private void twoDigits(int value) {
            bytes[length++] = (byte) ('0' + value / 10);
            bytes[length++] = (byte) ('0' + value % 10);
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
                char escape = escapeLetter(c);
                if (escape != 0) {
                    bytes[length++] = '\\';
                    bytes[length++] = (byte) escape;
                } else {
                    bytes[length++] = (byte) c;
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
                char escape = escapeLetter(c);
                if (escape != 0) {
                    escaped.append('\\').append(escape);
                } else {
                    escaped.append(c);
                }
            }
            byte[] encoded = escaped.toString().getBytes(StandardCharsets.UTF_8);
            room(encoded.length);
            System.arraycopy(encoded, 0, bytes, length, encoded.length);
            length += encoded.length;
        }

        /** What follows the backslash for a character LOAD DATA would otherwise read as syntax, or 0 for none. */
        private static char escapeLetter(char c) {
            return switch (c) {
                case '\\' -> '\\';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\r' -> 'r';
                case '\0' -> '0';
                default -> 0;
            };
        }

        private void nullField() {
            room(3);
            bytes[length++] = '\\';
            bytes[length++] = 'N';
            bytes[length++] = '\t';
        }

        /** The tab after the last field, the last byte written and so in the current block, becomes the line's end. */
        void endLine() {
            bytes[length - 1] = '\n';
        }

        /** Room for the next bytes in the current block, or a new block (of a field's size, for a longer field). */
        private void room(int more) {
            if (length + more > bytes.length) {
                blocks.add(bytes);
                lengths.add(length);
                bytes = new byte[Math.max(BLOCK, more)];
                length = 0;
            }
        }

        Encoded done() {
            blocks.add(bytes);
            lengths.add(length);
            return new Encoded(blocks, lengths);
        }
    }
}
