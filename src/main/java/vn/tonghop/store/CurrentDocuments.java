package vn.tonghop.store;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tonghop.domain.Fact;

/**
 * Every unit's current document of one kind with its facts in the order they were read: what a kind
 * consolidates and writes its sheets from, read back from the store rather than held from the reading.
 */
@Repository
public class CurrentDocuments {

    /** One unit's current document of the kind and what it says. */
    public record Document(Version version, List<Fact> facts) {
        public Document {
            facts = List.copyOf(facts);
        }
    }

    /** The documents of one kind as read for one list of current versions. */
    private record Read(List<Version> versions, List<Document> documents) {
    }

    private final JdbcTemplate jdbc;
    private final VersionStore versions;
    /**
     * The last documents read of each kind, kept while its current versions stay the same: a night asks for them
     * once per output scope (the office's summary, each district's copy, the checks across documents), and read
     * from the fact rows each time they were a tenth of the district copies' time. A submission's facts never
     * change once stored, so equal versions are equal documents. Softly held: a national office's are large.
     */
    private final Map<String, SoftReference<Read>> lastRead = new ConcurrentHashMap<>();

    public CurrentDocuments(JdbcTemplate jdbc, VersionStore versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /**
     * Every readable version of one unit's documents of the kind, newest first, with its facts: for a kind
     * that holds a document against an earlier one of another kind (a report against the plan of its year,
     * which need not be the unit's current plan).
     */
    public List<Document> versions(String documentKind, String unitCode) {
        List<Document> out = new ArrayList<>();
        for (Version v : versions.history(unitCode, documentKind)) {
            out.add(new Document(v, StoredFactRows.of(jdbc, v.submissionId())));
        }
        return out;
    }

    /** The current documents of the kind ({@code documentKind}, its code), by unit code. */
    public List<Document> of(String documentKind) {
        List<Version> current = versions.current(documentKind);
        SoftReference<Read> kept = lastRead.get(documentKind);
        Read read = kept == null ? null : kept.get();
        if (read != null && read.versions().equals(current)) {
            return read.documents();
        }
        Map<Long, List<Fact>> facts = StoredFactRows.ofCurrent(jdbc, documentKind);
        List<Document> out = new ArrayList<>();
        for (Version v : current) {
            out.add(new Document(v, facts.getOrDefault(v.submissionId(), List.of())));
        }
        List<Document> documents = List.copyOf(out);
        lastRead.put(documentKind, new SoftReference<>(new Read(current, documents)));
        return documents;
    }
}
