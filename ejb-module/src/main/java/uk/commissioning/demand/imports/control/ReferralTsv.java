package uk.commissioning.demand.imports.control;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A checked referral as the text {@code LOAD DATA} reads by default: one line per referral, fields separated by tabs,
 * {@code \N} for NULL, and backslash escapes for a backslash, tab, newline, carriage return or NUL inside a value.
 * The columns are {@link #COLUMNS}, in that order.
 * <p>
 * This line is the form in which the import holds a referral between checking it and writing it. It is made as soon
 * as the line is checked, while the row's values are still in the processor cache, and it is the only thing kept of
 * the row: one small array instead of some twenty objects, which the collector would otherwise copy for as long as
 * the chunk waits to be written (bench/RESULTS.md). On MySQL/MariaDB the lines go to {@code LOAD DATA} as they are;
 * elsewhere {@link #fields} reads them back into values to bind to an upsert.
 */
public final class ReferralTsv {

    /** A column of {@code referral} as the import writes it, and the JDBC type its text is bound as. */
    record Column(String name, int sqlType) {
    }

    /** Every referral column the text holds: all but import_id, which is set once for the chunk. */
    static final List<Column> COLUMNS = List.of(text("source_system"), text("referral_ref"),
            new Column("referral_date", Types.DATE), new Column("quarter_start", Types.DATE), text("person_key"),
            text("person_key_kind"), text("age_band"), text("ward_code"), text("borough_code"), text("pcn_code"),
            text("practice_code"), text("referral_source"), text("setting"), new Column("need_mask", Types.BIGINT),
            new Column("service_id", Types.BIGINT), text("service_name"), text("outcome"), whole("ons4_satisfied_before"),
            whole("ons4_satisfied_after"), whole("ons4_worthwhile_before"), whole("ons4_worthwhile_after"),
            whole("ons4_happy_before"), whole("ons4_happy_after"), whole("ons4_anxious_before"),
            whole("ons4_anxious_after"), new Column("swemwbs_before", Types.DECIMAL),
            new Column("swemwbs_after", Types.DECIMAL), whole("sessions_attended"));

    static final List<String> COLUMN_NAMES = COLUMNS.stream().map(Column::name).toList();

    private static Column text(String name) {
        return new Column(name, Types.VARCHAR);
    }

    private static Column whole(String name) {
        return new Column(name, Types.INTEGER);
    }

    private ReferralTsv() {
    }

    /**
     * Writes referrals as lines of text. One per job step (not thread-safe): it reuses one buffer, so a line costs
     * only its own array.
     */
    public static final class Encoder {

        private byte[] bytes = new byte[1024];
        private int length;

        /** The referral's line, ending in a newline. */
        public byte[] line(StagedRow.Referral r) {
            length = 0;
            string(r.sourceSystem());
            string(r.referralRef());
            date(r.referralDate());
            date(r.quarterStart());
            string(r.personKey());
            string(r.personKeyKind());
            string(r.ageBand());
            string(r.wardCode());
            string(r.boroughCode());
            string(r.pcnCode());
            string(r.practiceCode());
            string(r.referralSource());
            string(r.setting());
            number(r.needMask());
            number(r.serviceId());
            string(r.serviceName());
            string(r.outcome());
            for (Integer score : r.ons4()) {
                number(score == null ? null : score.longValue());
            }
            ascii(r.swemwbsBefore() == null ? null : r.swemwbsBefore().toPlainString());
            ascii(r.swemwbsAfter() == null ? null : r.swemwbsAfter().toPlainString());
            number(r.sessionsAttended() == null ? null : r.sessionsAttended().longValue());
            // The tab after the last field becomes the line's end.
            bytes[length - 1] = '\n';
            return Arrays.copyOf(bytes, length);
        }

        /** A whole number in decimal digits, written without making a String of it (a million rows, a dozen each). */
        private void number(Long value) {
            if (value == null) {
                nullField();
            } else {
                number(value.longValue());
            }
        }

        private void number(long v) {
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
        private void date(LocalDate value) {
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

        /** A value whose text is ASCII without anything to escape: numbers, codes checked on reading. */
        private void ascii(String value) {
            if (value == null) {
                nullField();
                return;
            }
            room(value.length() + 1);
            for (int i = 0; i < value.length(); i++) {
                bytes[length++] = (byte) value.charAt(i);
            }
            bytes[length++] = '\t';
        }

        private void string(String value) {
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

        private void nullField() {
            room(3);
            bytes[length++] = '\\';
            bytes[length++] = 'N';
            bytes[length++] = '\t';
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
            }
        }
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

    /** The character a backslash and {@code letter} stand for (the reverse of {@link #escapeLetter}). */
    private static byte unescaped(byte letter) {
        return switch (letter) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case '0' -> '\0';
            default -> letter;
        };
    }

    /** A line's values as text, one per column of {@link #COLUMNS}, null for {@code \N}: to bind to an upsert. */
    static String[] fields(byte[] line) {
        String[] fields = new String[COLUMNS.size()];
        ByteArrayOutputStream field = new ByteArrayOutputStream(64);
        int column = 0;
        int end = line.length > 0 && line[line.length - 1] == '\n' ? line.length - 1 : line.length;
        int start = 0;
        for (int i = 0; i <= end; i++) {
            if (i < end && line[i] == '\\' && i + 1 < end) {
                if (line[i + 1] == 'N' && i == start && (i + 2 == end || line[i + 2] == '\t')) {
                    fields[column] = null;
                    i += 2;
                    start = i + 1;
                    column++;
                    field.reset();
                    continue;
                }
                field.write(unescaped(line[++i]));
            } else if (i == end || line[i] == '\t') {
                if (column >= fields.length) {
                    throw new IllegalArgumentException("a referral line has more than " + fields.length + " fields");
                }
                fields[column++] = field.toString(StandardCharsets.UTF_8);
                field.reset();
                start = i + 1;
            } else {
                field.write(line[i]);
            }
        }
        if (column != fields.length) {
            throw new IllegalArgumentException("a referral line has " + column + " fields, not " + fields.length);
        }
        return fields;
    }

    /** A chunk's lines as one stream of text for LOAD DATA, read straight from the lines' own arrays. */
    record Encoded(List<byte[]> lines) {

        long length() {
            long length = 0;
            for (byte[] line : lines) {
                length += line.length;
            }
            return length;
        }

        InputStream stream() {
            return new InputStream() {
                private int index;
                private int offset;

                @Override
                public int read() {
                    while (index < lines.size()) {
                        byte[] line = lines.get(index);
                        if (offset < line.length) {
                            return line[offset++] & 0xff;
                        }
                        index++;
                        offset = 0;
                    }
                    return -1;
                }

                @Override
                public int read(byte[] into, int from, int wanted) {
                    if (wanted == 0) {
                        return 0;
                    }
                    int copied = 0;
                    while (copied < wanted && index < lines.size()) {
                        byte[] line = lines.get(index);
                        int n = Math.min(wanted - copied, line.length - offset);
                        System.arraycopy(line, offset, into, from + copied, n);
                        copied += n;
                        offset += n;
                        if (offset == line.length) {
                            index++;
                            offset = 0;
                        }
                    }
                    return copied == 0 ? -1 : copied;
                }
            };
        }

        byte[] toArray() {
            ByteArrayOutputStream all = new ByteArrayOutputStream((int) length());
            for (byte[] line : lines) {
                all.writeBytes(line);
            }
            return all.toByteArray();
        }
    }
}
