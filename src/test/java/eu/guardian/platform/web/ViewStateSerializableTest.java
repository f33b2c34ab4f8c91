package eu.guardian.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A view's state lives in the HTTP session, which a cluster replicates by serialising it (docs/cluster.md, "Sessions"):
 * every view-, session- and conversation-scoped bean, and everything it keeps (records, forms, lists of them), must be
 * serialisable. Injected services are container proxies (serialisable by the container) and are not checked.
 */
class ViewStateSerializableTest {

    private static final String ROOT = "eu.guardian";

    /**
     * Views whose packages other work is reshaping at the time of writing (the audit console, the protection tab);
     * their records are to be made serialisable there, and then this list emptied.
     */
    private static final List<String> NOT_YET = List.of();

    @Test
    void everyViewScopedBeanKeepsOnlySerialisableState() throws Exception {
        List<Class<?>> views = sessionStateBeans();
        assertEquals(true, views.size() > 20, "found the view beans: " + views);
        assertEquals(true, views.stream().anyMatch(view -> view.isAnnotationPresent(SessionScoped.class)),
                "found the session beans: " + views);
        List<String> problems = new ArrayList<>();
        for (Class<?> view : views) {
            if (!Serializable.class.isAssignableFrom(view)) {
                problems.add(view.getName() + " is not Serializable");
            }
            checkFields(view, view.getSimpleName(), new HashSet<>(), problems);
        }
        assertEquals(List.of(), problems);
    }

    private static void checkFields(Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith(ROOT); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }

    private static void check(Type type, String path, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof Class<?> raw) {
            checkClass(raw, path, seen, problems);
        }
    }

    private static void checkClass(Class<?> raw, String path, Set<Class<?>> seen, List<String> problems) {
        if (raw.isArray()) {
            checkClass(raw.getComponentType(), path + "[]", seen, problems);
            return;
        }
        // Collections are declared by interface; the implementations the beans use (List.of, ArrayList, HashMap...)
        // serialise, so what matters is what they hold.
        boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
        if (raw.isPrimitive() || raw == Object.class || container) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            problems.add(path + " holds " + raw.getName() + ", which is not Serializable");
            return;
        }
        if (raw.getName().startsWith(ROOT)) {
            checkFields(raw, path, seen, problems);
        }
    }

    private static boolean keptInTheSession(Class<?> type) {
        return type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                || type.isAnnotationPresent(ConversationScoped.class);
    }

    private static List<Class<?>> sessionStateBeans() throws Exception {
        // target/test-classes → target/classes
        Path classes = Path.of(ViewStateSerializableTest.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).getParent().resolve("classes");
        List<Class<?>> views = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve(ROOT.replace('.', '/')))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ViewStateSerializableTest.class.getClassLoader());
                if (keptInTheSession(type) && NOT_YET.stream().noneMatch(name::startsWith)) {
                    views.add(type);
                }
            }
        }
        return views;
    }
}
