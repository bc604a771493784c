package org.heterostack.cli.internal.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways the fuzzer damages a model file: what a bad editor, a bad disk or a hostile sender would do to it.
 */
enum Mutation {

    /** One byte replaced by a random one. */
    BYTE_FLIP {
        @Override
        byte[] apply(byte[] content, Random random) {
            byte[] copy = content.clone();
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            return copy;
        }
    },
    /** One line removed. */
    LINE_DELETION {
        @Override
        byte[] apply(byte[] content, Random random) {
            List<String> lines = new ArrayList<>(lines(content));
            lines.remove(random.nextInt(lines.size()));
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }
    },
    /** The values of two attributes exchanged (a number where a name was, a reference where a number was). */
    ATTRIBUTE_SWAP {
        @Override
        byte[] apply(byte[] content, Random random) {
            String text = text(content);
            List<int[]> values = attributeValues(text);
            if (values.size() < 2) {
                return content;
            }
            int[] a = values.get(random.nextInt(values.size()));
            int[] b = values.get(random.nextInt(values.size()));
            if (a[0] > b[0]) {
                int[] t = a;
                a = b;
                b = t;
            }
            if (a[0] == b[0]) {
                return content;
            }
            return (text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
                    + text.substring(a[0], a[1]) + text.substring(b[1])).getBytes(StandardCharsets.UTF_8);
        }
    },
    /** A numeric attribute set to an extreme or malformed number. */
    EXTREME_VALUE {
        private static final String[] EXTREMES = {"0", "-1", "1e308", "-1e308", "1e-320", "1e400", "100000000",
            "-100000000", "2147483648", "NaN", "Infinity", "0x1p3", "400.0d", "+400", " 400 ", "", "1e-300", "5"};

        @Override
        byte[] apply(byte[] content, Random random) {
            String text = text(content);
            List<int[]> numbers = new ArrayList<>();
            for (int[] value : attributeValues(text)) {
                if (NUMBER.matcher(text.substring(value[0], value[1])).matches()) {
                    numbers.add(value);
                }
            }
            if (numbers.isEmpty()) {
                return content;
            }
            int[] value = numbers.get(random.nextInt(numbers.size()));
            return (text.substring(0, value[0]) + EXTREMES[random.nextInt(EXTREMES.length)]
                    + text.substring(value[1])).getBytes(StandardCharsets.UTF_8);
        }
    },
    /** A line repeated (duplicate names, elements twice). */
    LINE_DUPLICATION {
        @Override
        byte[] apply(byte[] content, Random random) {
            List<String> lines = new ArrayList<>(lines(content));
            int line = random.nextInt(lines.size());
            lines.add(line, lines.get(line));
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }
    },
    /** The file cut short, as by a full disk. */
    TRUNCATION {
        @Override
        byte[] apply(byte[] content, Random random) {
            byte[] copy = new byte[random.nextInt(content.length)];
            System.arraycopy(content, 0, copy, 0, copy.length);
            return copy;
        }
    };

    private static final Pattern ATTRIBUTE = Pattern.compile("\\s[A-Za-z_:][\\w.:-]*=\"([^\"]*)\"");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9.eE+-]*");

    /**
     * @param content the file's bytes
     * @param random  the source of randomness (seeded, so a run can be repeated)
     * @return the damaged bytes
     */
    abstract byte[] apply(byte[] content, Random random);

    private static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }

    private static List<String> lines(byte[] content) {
        return List.of(text(content).split("\n", -1));
    }

    /** Start and end offsets of every attribute value. */
    private static List<int[]> attributeValues(String text) {
        List<int[]> values = new ArrayList<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            values.add(new int[] {matcher.start(1), matcher.end(1)});
        }
        return values;
    }
}
