package vn.tonghop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.output.Utf8Writer;

/**
 * A streamed workbook's shared strings ({@code xl/sharedStrings.xml}) for the texts its rows repeat, each once,
 * in the order first used, written in place of POI's own table (empty in such a workbook: its cells are inline).
 * POI's table builds an XML object for each text; this one is a map to an index and the list of texts.
 * Bounded: past {@link #MAX} texts the others stay inline, so a national office's file names and hashes do
 * not fill the heap.
 */
final class SharedTexts {

    /** The most texts shared; about 25 MB of hashes, file names and codes, with their indexes in decimal. */
    static final int MAX = 100_000;

    /** Each text's index as the cells write it: made once, not at each of the millions of cells. */
    private final Map<String, String> index = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private long uses;

    /** The index of {@code text} in decimal, added when new; null when it is new and the table is full. */
    String index(String text) {
        String i = index.get(text);
        if (i == null) {
            if (texts.size() >= MAX) {
                return null;
            }
            i = Integer.toString(texts.size());
            index.put(text, i);
            texts.add(text);
        }
        uses++;
        return i;
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    /**
     * The part's XML, as Excel writes it: how often the cells use a text, how many texts, each text; {@code part}
     * flushed, left open.
     */
    void write(OutputStream part) throws IOException {
        Writer out = new Utf8Writer(part);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + uses + "\" uniqueCount=\""
                + texts.size() + "\">");
        for (String t : texts) {
            out.write("<si>");
            StreamedWorkbooks.RowXml.t(out, t);
            out.write("</si>");
        }
        out.write("</sst>");
        out.flush();
    }
}
