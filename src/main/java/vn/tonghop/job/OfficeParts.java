package vn.tonghop.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.domain.Unit;
import vn.tonghop.reference.UnitRegistry;

/**
 * The parts of the office's tree a steady night keeps apart: each child of the root (a district, or a commune)
 * with every unit under it. A part's key is what its findings across documents and its district copy are made
 * of: the office's common inputs (reference files, settings, what each kind depends on beyond the part, the
 * root's own documents) and its units' documents as the store holds them. Equal keys, equal findings and copy.
 */
final class OfficeParts {

    private final List<Unit> parts;
    private final Map<String, String> partOfUnit;
    private final Map<String, List<String>> unitsOfPart;

    private OfficeParts(List<Unit> parts, Map<String, String> partOfUnit, Map<String, List<String>> unitsOfPart) {
        this.parts = parts;
        this.partOfUnit = partOfUnit;
        this.unitsOfPart = unitsOfPart;
    }

    static OfficeParts of(UnitRegistry registry, Unit root) {
        List<Unit> parts = registry.childrenOf(root.code());
        Map<String, String> partOfUnit = new HashMap<>();
        Map<String, List<String>> unitsOfPart = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>(Set.of(root.code()));
        for (Unit part : parts) {
            List<String> units = new ArrayList<>();
            Deque<Unit> todo = new ArrayDeque<>(List.of(part));
            while (!todo.isEmpty()) {
                Unit u = todo.pop();
                if (!seen.add(u.code())) {
                    continue; // a cycle in the registry
                }
                units.add(u.code());
                partOfUnit.put(u.code(), part.code());
                registry.childrenOf(u.code()).forEach(todo::push);
            }
            units.sort(null);
            unitsOfPart.put(part.code(), units);
        }
        return new OfficeParts(parts, partOfUnit, unitsOfPart);
    }

    List<Unit> parts() {
        return parts;
    }

    /** The part a unit is in (its code), or null: the root itself, a unit outside the root, an unknown code. */
    String partOf(String unitCode) {
        return unitCode == null ? null : partOfUnit.get(unitCode);
    }

    /**
     * Each part's key: {@code common} and the documents of each of its units ({@code documents}: a line per
     * unit code, {@code PartKeyStore.documentsByUnit}).
     */
    Map<String, String> keys(String common, Map<String, String> documents) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> part : unitsOfPart.entrySet()) {
            MessageDigest sha = sha256();
            sha.update(common.getBytes(StandardCharsets.UTF_8));
            for (String unit : part.getValue()) {
                String line = documents.get(unit);
                if (line != null) {
                    sha.update(("\n" + unit + "=" + line).getBytes(StandardCharsets.UTF_8));
                }
            }
            out.put(part.getKey(), HexFormat.of().formatHex(sha.digest()));
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
