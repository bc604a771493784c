package org.heterostack.model.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.xml.sax.Attributes;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Keeps the comments and processing instructions a user wrote in a {@code .hstack} file when the file is saved
 * again (EMF reads neither). Each one is put back before the element it preceded (found again by its path of
 * element names and {@code name} attributes), else at the end of its parent element, else at the end of the
 * root element: a note is never dropped.
 */
final class XmlComments {

    private XmlComments() {
    }

    /**
     * The new content with the old content's comments and processing instructions put back.
     *
     * @param old     the file being replaced
     * @param written the new content, as EMF wrote it (no comments)
     * @return the new content with the notes, or {@code written} itself when the old file had none or cannot be
     *         read as XML
     */
    static byte[] carryOver(byte[] old, byte[] written) {
        List<Note> notes = notesOf(old);
        if (notes.isEmpty()) {
            return written;
        }
        String text = new String(written, StandardCharsets.UTF_8);
        Layout layout = Layout.of(text);
        TreeMap<Integer, StringBuilder> inserts = new TreeMap<>();
        for (Note note : notes) {
            place(note, layout, text, inserts);
        }
        StringBuilder merged = new StringBuilder(text);
        inserts.descendingMap().forEach(merged::insert);
        return merged.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void place(Note note, Layout layout, String text, TreeMap<Integer, StringBuilder> inserts) {
        Integer before = note.next == null ? null
                : layout.starts.get(note.parent.isEmpty() ? note.next : note.parent + "/" + note.next);
        if (before != null) {
            String indent = indentBefore(text, before);
            inserts.computeIfAbsent(before, k -> new StringBuilder()).append(note.text).append('\n').append(indent);
            return;
        }
        if (note.parent.isEmpty() && note.next == null) {
            atEnd(text, inserts).append(note.text).append('\n');
            return;
        }
        Integer end = layout.ends.get(note.parent);
        if (end == null) {
            end = layout.ends.get(layout.root);
        }
        if (end == null) {
            atEnd(text, inserts).append(note.text).append('\n');
            return;
        }
        String indent = indentBefore(text, end);
        inserts.computeIfAbsent(end, k -> new StringBuilder()).append("  ").append(note.text).append('\n')
                .append(indent);
    }

    private static StringBuilder atEnd(String text, TreeMap<Integer, StringBuilder> inserts) {
        return inserts.computeIfAbsent(text.length(), k -> new StringBuilder(text.endsWith("\n") ? "" : "\n"));
    }

    private static String indentBefore(String text, int offset) {
        int start = offset;
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--;
        }
        return start == 0 || text.charAt(start - 1) == '\n' ? text.substring(start, offset) : "";
    }

    /** The comments and processing instructions of a document, with where they stand. */
    private static List<Note> notesOf(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.contains("<!--") && text.indexOf("<?", 1) < 0) {
            return List.of();
        }
        NoteCollector collector = new NoteCollector();
        try {
            var parser = XmlSafety.saxParserFactory().newSAXParser();
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", collector);
            parser.parse(new ByteArrayInputStream(content), collector);
        } catch (Exception e) {
            return List.of();
        }
        return collector.notes;
    }

    /** A comment or processing instruction: inside {@code parent}, before the sibling {@code next} (or last). */
    private static final class Note {
        final String parent;
        final String text;
        String next;

        Note(String parent, String text) {
            this.parent = parent;
            this.text = text;
        }
    }

    /** Reads the notes of the old file with SAX, keeping the path of element keys. */
    private static final class NoteCollector extends DefaultHandler2 {
        final List<Note> notes = new ArrayList<>();
        final Deque<String> path = new ArrayDeque<>();
        final Deque<Map<String, Integer>> siblings = new ArrayDeque<>(List.of(new HashMap<>()));
        final List<Note> waiting = new ArrayList<>();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String key = ElementKeys.key(qName, attributes.getValue("", "name"), siblings.peek());
            waiting.forEach(note -> note.next = key);
            waiting.clear();
            path.addLast(key);
            siblings.push(new HashMap<>());
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            waiting.clear();
            path.removeLast();
            siblings.pop();
        }

        @Override
        public void comment(char[] ch, int start, int length) {
            add("<!--" + new String(ch, start, length) + "-->");
        }

        @Override
        public void processingInstruction(String target, String data) {
            add("<?" + target + (data == null || data.isEmpty() ? "" : " " + data) + "?>");
        }

        private void add(String text) {
            Note note = new Note(String.join("/", path), text);
            notes.add(note);
            waiting.add(note);
        }
    }

    /** Where each element of the new text starts and where its end tag is, by path of element keys. */
    private record Layout(Map<String, Integer> starts, Map<String, Integer> ends, String root) {

        static Layout of(String text) {
            Map<String, Integer> starts = new HashMap<>();
            Map<String, Integer> ends = new HashMap<>();
            Deque<String> path = new ArrayDeque<>();
            Deque<Map<String, Integer>> siblings = new ArrayDeque<>(List.of(new HashMap<>()));
            String root = null;
            int i = text.indexOf('<');
            while (i >= 0 && i < text.length()) {
                int close = tagEnd(text, i);
                if (close < 0) {
                    break;
                }
                String tag = text.substring(i, close + 1);
                if (tag.startsWith("</")) {
                    ends.put(String.join("/", path), i);
                    path.removeLast();
                    siblings.pop();
                } else if (!tag.startsWith("<?") && !tag.startsWith("<!")) {
                    String key = ElementKeys.key(ElementKeys.tagName(tag), ElementKeys.nameAttribute(tag),
                            siblings.peek());
                    path.addLast(key);
                    root = root == null ? key : root;
                    starts.put(String.join("/", path), i);
                    if (tag.endsWith("/>")) {
                        path.removeLast();
                    } else {
                        siblings.push(new HashMap<>());
                    }
                }
                i = text.indexOf('<', close + 1);
            }
            return new Layout(starts, ends, root);
        }

        /** The '>' that ends the tag starting at {@code start}, skipping quoted attribute values. */
        private static int tagEnd(String text, int start) {
            char quote = 0;
            for (int j = start + 1; j < text.length(); j++) {
                char c = text.charAt(j);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return j;
                }
            }
            return -1;
        }
    }
}
