package vn.tonghop.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

/**
 * The floor a run's reading is measured against: every part of every workbook unzipped and its XML
 * scanned (StAX, every event pulled, nothing kept), on all cores, in the bench's own JVM. No reader
 * of these files can be faster than opening them; the ratio says how far the run is from that.
 */
final class Floor {

    record Result(double seconds, long parts, long xmlEvents) {
    }

    private Floor() {
    }

    static Result measure(List<Path> workbooks, int threads) throws Exception {
        ThreadLocal<XMLInputFactory> factories = ThreadLocal.withInitial(() -> {
            // the parser the run reads with (PartXmlReader), as its streaming API: no slower parser makes the floor
            XMLInputFactory f = new com.ctc.wstx.stax.WstxInputFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            return f;
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<long[]>> scans = new ArrayList<>();
            for (Path workbook : workbooks) {
                scans.add(pool.submit(() -> scan(workbook, factories.get())));
            }
            long parts = 0;
            long events = 0;
            for (Future<long[]> s : scans) {
                long[] r = s.get();
                parts += r[0];
                events += r[1];
            }
            return new Result((System.nanoTime() - start) / 1e9, parts, events);
        } finally {
            pool.shutdown();
        }
    }

    /** {parts, XML events} of one workbook. */
    private static long[] scan(Path workbook, XMLInputFactory xml) throws Exception {
        long parts = 0;
        long events = 0;
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                parts++;
                try (InputStream in = zip.getInputStream(e)) {
                    if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                        XMLStreamReader r = xml.createXMLStreamReader(in);
                        while (r.hasNext()) {
                            r.next();
                            events++;
                        }
                        r.close();
                    } else {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
            }
        }
        return new long[] {parts, events};
    }
}
