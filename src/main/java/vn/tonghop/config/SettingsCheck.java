package vn.tonghop.config;

import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;

import vn.tonghop.text.Similarity;

/**
 * The {@code tonghop.*} settings an office writes (its job.yml, the command line), checked the way
 * strict binding would: every key must be one the code reads, every value must convert. The known
 * keys are found in the code itself (the {@code @ConfigurationProperties} records, and the names in
 * {@code @Value}, {@code @ConditionalOnProperty} or {@code getProperty}), so a setting added later is
 * known without a list to keep.
 */
final class SettingsCheck {

    static final ConfigurationPropertyName TONGHOP = ConfigurationPropertyName.of("tonghop");
    private static final String BASE_PACKAGE = "vn.tonghop";
    /** Top-level groups a configuration file may hold: tonghop's and those Spring Boot reads. */
    private static final List<String> TOP_LEVEL = List.of("tonghop", "spring", "logging", "debug", "trace",
            "management", "server", "info");
    /** {@code @ConfigurationProperties} in a class file's constant pool. */
    private static final String SETTINGS_ANNOTATION =
            "L" + ConfigurationProperties.class.getName().replace('.', '/') + ";";
    /** A setting's name in a class file: {@code tonghop.cli.enabled}, {@code ${tonghop.template.send-by-mail:false}}. */
    private static final Pattern LITERAL = Pattern.compile(
            "(?<![A-Za-z0-9_./$-])tonghop(?:\\.[a-z0-9][a-z0-9-]*)+");

    /** A settings record and its prefix ({@code tonghop}, {@code tonghop.mail}…). */
    record Group(String prefix, Class<?> type) {
    }

    /** What the code reads: the groups, the keys, and the keys under which anything goes (maps, lists). */
    record Known(List<Group> groups, Set<ConfigurationPropertyName> keys, Set<ConfigurationPropertyName> open) {

        boolean contains(ConfigurationPropertyName name) {
            return keys.contains(name) || open.contains(name) || open.stream().anyMatch(o -> o.isAncestorOf(name));
        }
    }

    private static volatile Known known;

    private final ConfigurableEnvironment environment;
    private final List<String> problems;
    /** Keys as the office wrote them ({@code PHASE_BACKWARDS}, not the binder's {@code phasebackwards}). */
    private final Map<ConfigurationPropertyName, String> written = new LinkedHashMap<>();

    SettingsCheck(ConfigurableEnvironment environment, List<String> problems) {
        this.environment = environment;
        this.problems = problems;
    }

    /** The settings the code reads (found once per process). */
    static Known known() {
        Known k = known;
        if (k == null) {
            k = scan();
            known = k;
        }
        return k;
    }

    /** Reports unknown keys and values that do not convert; returns the office's settings as bound. */
    TonghopProperties check() {
        Known k = known();
        for (Map.Entry<ConfigurationPropertyName, String> e : officeKeys().entrySet()) {
            if (!k.contains(e.getKey())) {
                String suggestion = suggestion(e.getKey(), k);
                problems.add(e.getValue() + ": khóa «" + written(e.getKey()) + "» không phải cài đặt tonghop biết"
                        + (suggestion == null ? "." : "; có phải «" + suggestion + "»?") + " Sửa tên khóa hoặc xóa nó.");
            }
        }
        groupsOfTheJobFile();
        TonghopProperties props = null;
        Binder binder = Binder.get(environment);
        for (Group g : k.groups()) {
            Object bound;
            try {
                bound = binder.bindOrCreate(g.prefix(), Bindable.of(g.type()), new Collecting());
            } catch (RuntimeException e) {
                problems.add(where(ConfigurationPropertyName.of(g.prefix())) + ": nhóm cài đặt không dùng được ("
                        + reason(e) + ").");
                continue;
            }
            if (bound instanceof TonghopProperties p) {
                props = p;
            }
        }
        return props;
    }

    /** Every tonghop key the office wrote, with where it wrote it; defaults and the environment aside. */
    private Map<ConfigurationPropertyName, String> officeKeys() {
        Map<ConfigurationPropertyName, String> keys = new LinkedHashMap<>();
        for (PropertySource<?> ps : environment.getPropertySources()) {
            if (!isOffice(ps) || !(ConfigurationPropertySource.from(ps) instanceof IterableConfigurationPropertySource s)) {
                continue;
            }
            s.stream().filter(TONGHOP::isAncestorOf)
                    .forEach(n -> keys.putIfAbsent(n, where(n, ps, s.getConfigurationProperty(n))));
            if (ps instanceof EnumerablePropertySource<?> e) {
                for (String original : e.getPropertyNames()) {
                    ConfigurationPropertyName n = ConfigurationPropertyName.adapt(original, '.');
                    if (TONGHOP.isAncestorOf(n)) {
                        written.putIfAbsent(n, original);
                    }
                }
            }
        }
        return keys;
    }

    /**
     * A top-level group of a configuration file other than tonghop's and Spring's own ({@code tonghp:},
     * a paste from another program): nothing would read it, so the office's settings would be lost.
     */
    private void groupsOfTheJobFile() {
        Set<String> reported = new LinkedHashSet<>();
        for (PropertySource<?> ps : environment.getPropertySources()) {
            if (!(ps instanceof OriginTrackedMapPropertySource files)) {
                continue;
            }
            for (String key : files.getPropertyNames()) {
                String group = key.split("[.\\[]", 2)[0];
                if (!TOP_LEVEL.contains(group.toLowerCase(Locale.ROOT)) && reported.add(group)) {
                    String folded = group.toLowerCase(Locale.ROOT);
                    String near = TOP_LEVEL.stream().filter(t -> Similarity.ratio(t, folded) >= 0.5).findFirst()
                            .orElse(null);
                    ConfigurationPropertyName name = ConfigurationPropertyName.adapt(key, '.');
                    problems.add(where(name, ps, ConfigurationPropertySource.from(ps).getConfigurationProperty(name))
                            + ": nhóm «" + group + "» không phải nhóm cài đặt tonghop biết" + (near == null ? "."
                            : "; có phải «" + near + "»?") + " Các cài đặt của tonghop nằm trong nhóm tonghop:, của "
                            + "Spring trong spring: và logging:.");
                }
            }
        }
    }

    /** The key as the office wrote it. */
    private String written(ConfigurationPropertyName name) {
        return written.getOrDefault(name, name.toString());
    }

    /** The job file (and application.yml) and the command line: what the office typed. */
    private static boolean isOffice(PropertySource<?> ps) {
        return ps instanceof OriginTrackedMapPropertySource
                || CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME.equals(ps.getName());
    }

    /** Where the office set {@code name}: {@code job.yml, dòng 12} or the command-line argument. */
    String where(ConfigurationPropertyName name) {
        for (PropertySource<?> ps : environment.getPropertySources()) {
            ConfigurationPropertySource s = ConfigurationPropertySource.from(ps);
            ConfigurationProperty p = s == null ? null : s.getConfigurationProperty(name);
            if (p != null) {
                return where(name, ps, p);
            }
        }
        String jobFile = environment.getProperty(JobFilePreflight.KEY, JobFilePreflight.DEFAULT);
        return jobFile + ", khóa " + name;
    }

    private static String where(ConfigurationPropertyName name, PropertySource<?> ps, ConfigurationProperty p) {
        if (CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME.equals(ps.getName())) {
            return "Tham số dòng lệnh --" + name;
        }
        for (Origin o = p == null ? null : p.getOrigin(); o != null;
             o = o instanceof PropertySourceOrigin pso ? pso.getOrigin() : o.getParent()) {
            if (o instanceof TextResourceOrigin t) {
                return file(t.getResource()) + (t.getLocation() == null ? "" : ", dòng " + (t.getLocation().getLine() + 1));
            }
        }
        return ps.getName();
    }

    private static String file(Resource resource) {
        try {
            if (resource.isFile()) {
                Path f = resource.getFile().toPath().toAbsolutePath().normalize();
                Path here = Path.of("").toAbsolutePath();
                return f.startsWith(here) ? here.relativize(f).toString() : f.toString();
            }
        } catch (java.io.IOException | RuntimeException e) {
            // fall back to the description
        }
        return resource.getFilename() == null ? resource.getDescription() : resource.getFilename();
    }

    /**
     * A known key close to a misspelt one: same group and a near name, or the same name in another
     * group; a misspelt group ({@code severty.PHASE_BACKWARDS}) is looked for the same way.
     */
    String suggestion(ConfigurationPropertyName wrong, Known k) {
        Set<ConfigurationPropertyName> all = new LinkedHashSet<>(k.keys());
        all.addAll(k.open());
        String whole = written(wrong);
        for (int n = wrong.getNumberOfElements(); n > 1; n--) {
            ConfigurationPropertyName part = wrong.chop(n);
            String near = nearest(part, all);
            if (near != null) {
                String[] rest = whole.split("\\.");
                StringBuilder b = new StringBuilder(near);
                for (int i = n; i < rest.length && rest.length == wrong.getNumberOfElements(); i++) {
                    b.append('.').append(rest[i]);
                }
                return b.toString();
            }
        }
        return null;
    }

    private static String nearest(ConfigurationPropertyName wrong, Set<ConfigurationPropertyName> known) {
        String last = wrong.getLastElement(ConfigurationPropertyName.Form.DASHED);
        ConfigurationPropertyName parent = wrong.getParent();
        String best = null;
        double bestRatio = 0.5;
        for (ConfigurationPropertyName c : known) {
            if (c.getNumberOfElements() != wrong.getNumberOfElements()) {
                continue;
            }
            String cLast = c.getLastElement(ConfigurationPropertyName.Form.DASHED);
            // the same name in another group: the group nearest to the one written (percnt.absolute is
            // percent.absolute, not count.absolute)
            double r = !c.getParent().equals(parent)
                    ? (last.equals(cLast) ? 0.9 + 0.09 * Similarity.ratio(parent.toString(), c.getParent().toString()) : 0)
                    : sorted(last).equals(sorted(cLast)) ? 0.9 : Similarity.ratio(last, cLast);
            if (r > bestRatio) {
                best = c.toString();
                bestRatio = r;
            }
        }
        return best;
    }

    /** {@code hots} and {@code host}: the same letters, two swapped. */
    private static String sorted(String s) {
        char[] c = s.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }

    /** Records each value that does not convert and lets binding go on, so that all are reported. */
    private final class Collecting extends AbstractBindHandler {

        @Override
        public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
                                Exception error) {
            ConfigurationProperty property = context.getConfigurationProperty();
            String value = property == null || property.getValue() == null ? null : String.valueOf(property.getValue());
            problems.add(where(name) + ": " + (value == null ? "khóa «" + written(name) + "»"
                    : "giá trị «" + value + "» của khóa «" + written(name) + "»") + " không dùng được (" + reason(error, target)
                    + "). Sửa giá trị này.");
            return null;
        }
    }

    /** Why a value did not convert, in the office's words. */
    private static String reason(Exception error, Bindable<?> target) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConversionFailedException c && c.getTargetType() != null) {
                return expected(c.getTargetType().getType());
            }
            if (t instanceof IllegalArgumentException && !(t.getCause() instanceof Exception)
                    && t.getMessage() != null && !(t instanceof NumberFormatException)) {
                return t.getMessage();
            }
        }
        return expected(target.getType().resolve(Object.class));
    }

    private static String reason(RuntimeException e) {
        Throwable t = e instanceof BeanInstantiationException && e.getCause() != null ? e.getCause() : e;
        return t.getMessage();
    }

    private static String expected(Class<?> type) {
        Class<?> t = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (t == Integer.class || t == Long.class || t == Short.class) {
            return "cần một số nguyên, ví dụ 60";
        }
        if (Number.class.isAssignableFrom(t)) {
            return "cần một số, dấu chấm thập phân, ví dụ 0.10";
        }
        if (t == Boolean.class) {
            return "cần true hoặc false";
        }
        if (t == Duration.class) {
            return "cần một khoảng thời gian, ví dụ 10s, 5m, 1h";
        }
        if (t.isEnum()) {
            return "cần một trong: " + Arrays.stream(t.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
        }
        if (t == Path.class) {
            return "cần một đường dẫn tệp hoặc thư mục";
        }
        if (t == java.time.LocalDate.class) {
            return "cần một ngày có thật, ví dụ 15/12/2026";
        }
        return "kiểu giá trị không đúng";
    }

    private static Known scan() {
        Known k = scan(true);
        return k.groups().isEmpty() ? scan(false) : k; // the application's classes not told apart: all of vn.tonghop
    }

    /**
     * The settings records are found by their annotation and read by reflection (record components);
     * other reads ({@code @Value("${tonghop.…}")}, {@code @ConditionalOnProperty}, {@code getProperty(…)})
     * by the {@code tonghop.…} names in the constant pools of the application's own class files, read
     * as bytes without loading or parsing the classes (test classes, which name misspelt keys on
     * purpose, left out).
     */
    private static Known scan(boolean ownClassesOnly) {
        ClassLoader loader = SettingsCheck.class.getClassLoader();
        String root = ownClassesOnly ? root() : "";
        List<Group> groups = new ArrayList<>();
        Set<ConfigurationPropertyName> keys = new LinkedHashSet<>();
        Set<ConfigurationPropertyName> open = new LinkedHashSet<>();
        keys.add(ConfigurationPropertyName.of(JobFilePreflight.KEY));
        List<String> settingsClasses = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver(loader)
                    .getResources("classpath*:" + BASE_PACKAGE.replace('.', '/') + "/**/*.class")) {
                String url = r.getURL().toString();
                if (!url.startsWith(root)) {
                    continue;
                }
                String bytes;
                try (var in = r.getInputStream()) {
                    bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
                Matcher m = LITERAL.matcher(bytes);
                while (m.find()) {
                    keys.add(ConfigurationPropertyName.of(m.group()));
                }
                if (bytes.contains(SETTINGS_ANNOTATION)) {
                    String path = url.substring(url.lastIndexOf(BASE_PACKAGE.replace('.', '/') + "/"));
                    settingsClasses.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String name : settingsClasses) {
            Class<?> type;
            try {
                type = ClassUtils.forName(name, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            ConfigurationProperties cp = AnnotatedElementUtils.findMergedAnnotation(type, ConfigurationProperties.class);
            if (cp != null && cp.prefix().startsWith("tonghop")) {
                groups.add(new Group(cp.prefix(), type));
                addKeys(cp.prefix(), type, keys, open);
            }
        }
        // the office's own group first, so that its problems come first
        groups.sort(java.util.Comparator.comparing(Group::prefix));
        return new Known(List.copyOf(groups), Set.copyOf(keys), Set.copyOf(open));
    }

    /** Where the application's own classes are (a folder or a jar), as a URL prefix. */
    private static String root() {
        String self = SettingsCheck.class.getName().replace('.', '/') + ".class";
        URL url = SettingsCheck.class.getClassLoader().getResource(self);
        String s = url == null ? "" : url.toString();
        return s.endsWith(self) ? s.substring(0, s.length() - self.length()) : "";
    }

    private static void addKeys(String prefix, Class<?> type, Set<ConfigurationPropertyName> keys,
                                Set<ConfigurationPropertyName> open) {
        Map<String, Class<?>> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                properties.put(c.getName(), c.getType());
            }
        } else {
            for (var d : BeanUtils.getPropertyDescriptors(type)) {
                if (d.getWriteMethod() != null) {
                    properties.put(d.getName(), d.getPropertyType());
                }
            }
        }
        properties.forEach((name, t) -> {
            String key = prefix + "." + dashed(name);
            if (Map.class.isAssignableFrom(t) || Collection.class.isAssignableFrom(t) || t.isArray()) {
                open.add(ConfigurationPropertyName.of(key));
            } else if (!t.isEnum() && t.getPackageName().startsWith(BASE_PACKAGE)) {
                addKeys(key, t, keys, open);
            } else {
                keys.add(ConfigurationPropertyName.of(key));
            }
        });
    }

    /** {@code settleSeconds} → {@code settle-seconds}. */
    private static String dashed(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
