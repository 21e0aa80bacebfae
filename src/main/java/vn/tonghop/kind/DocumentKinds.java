package vn.tonghop.kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The document kinds this office collects ({@code tonghop.kinds} in job.yml, default {@code [phasing]}),
 * in the order it lists them, among the kinds the program has (every {@link DocumentKind} bean).
 */
public final class DocumentKinds {

    /** What an office collects when its job.yml does not say. */
    public static final List<String> DEFAULT = List.of("phasing");

    private final List<DocumentKind> enabled;

    /**
     * @param all      every kind the program has
     * @param codes    the codes the office collects (checked at start-up: see {@link #problem})
     */
    public DocumentKinds(List<? extends DocumentKind> all, List<String> codes) {
        Map<String, DocumentKind> byCode = new LinkedHashMap<>();
        for (DocumentKind k : all) {
            if (byCode.putIfAbsent(k.code(), k) != null) {
                throw new IllegalStateException("two document kinds with the code " + k.code());
            }
        }
        List<DocumentKind> chosen = new ArrayList<>();
        for (String code : codes == null || codes.isEmpty() ? DEFAULT : codes) {
            DocumentKind k = byCode.get(code.strip());
            if (k == null) {
                throw new IllegalStateException("unknown document kind " + code + "; known: " + byCode.keySet());
            }
            if (!chosen.contains(k)) {
                chosen.add(k);
            }
        }
        this.enabled = List.copyOf(chosen);
    }

    /** The kinds the office collects, in its order. */
    public List<DocumentKind> enabled() {
        return enabled;
    }

    /** The enabled kind with this code, or null. */
    public DocumentKind find(String code) {
        return enabled.stream().filter(k -> k.code().equals(code)).findFirst().orElse(null);
    }

    /**
     * What is wrong with the codes an office lists ({@code tonghop.kinds}), in one Vietnamese line, or
     * null: checked before anything runs, from the kinds' classes (their {@code CODE}), without the
     * kinds themselves.
     */
    public static String problem(List<String> codes) {
        TreeSet<String> known = knownCodes();
        List<String> unknown = new ArrayList<>();
        for (String c : codes == null ? List.<String>of() : codes) {
            if (c == null || !known.contains(c.strip())) {
                unknown.add(String.valueOf(c));
            }
        }
        if (unknown.isEmpty()) {
            return null;
        }
        return "loại tài liệu «" + String.join("», «", unknown) + "» không có trong chương trình; "
                + "các loại có: " + String.join(", ", known) + ". Sửa danh sách tonghop.kinds trong job.yml.";
    }

    /** The codes of every kind on the class path: each {@link DocumentKind} class's {@code CODE}. */
    public static TreeSet<String> knownCodes() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(DocumentKind.class));
        TreeSet<String> codes = new TreeSet<>();
        for (BeanDefinition found : scan.findCandidateComponents("vn.tonghop")) {
            try {
                Class<?> type = ClassUtils.forName(found.getBeanClassName(), DocumentKinds.class.getClassLoader());
                Object code = type.getField("CODE").get(null);
                if (code instanceof String s) {
                    codes.add(s);
                }
            } catch (ReflectiveOperationException | LinkageError e) {
                // a kind without CODE cannot be named in job.yml: it is simply not offered
            }
        }
        return codes;
    }
}
