package vn.tonghop.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    private final JdbcTemplate jdbc;
    private final VersionStore versions;

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
        Map<Long, List<Fact>> facts = StoredFactRows.ofCurrent(jdbc, documentKind);
        List<Document> out = new ArrayList<>();
        for (Version v : versions.current(documentKind)) {
            out.add(new Document(v, facts.getOrDefault(v.submissionId(), List.of())));
        }
        return out;
    }
}
