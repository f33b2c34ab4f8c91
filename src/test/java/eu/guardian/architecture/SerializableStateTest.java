package eu.guardian.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session- and view-scoped beans travel with the user's session (to disk on a restart, to another server in a
 * cluster: docs/cluster.md): each must be Serializable, and so must the state it holds. Injected fields are the
 * container's to serialise (Weld's proxies), so they are not looked at; a field of an interface or abstract type is
 * judged by its declared type only where that type is a class.
 */
class SerializableStateTest {

    @Test
    void everySessionAndViewScopedBeanAndItsStateSerialise() {
        List<String> problems = new ArrayList<>();
        List<Class<?>> beans = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eu.guardian").stream()
                .filter(type -> type.isAnnotatedWith(ViewScoped.class) || type.isAnnotatedWith(SessionScoped.class)
                        || type.isAnnotatedWith(ConversationScoped.class))
                .map(JavaClass::reflect).toList();
        assertFalse(beans.isEmpty(), "the scan finds the view beans");
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!holdsState(field)) {
                        continue;
                    }
                    Class<?> declared = field.getType();
                    boolean judged = !declared.isInterface() && !Modifier.isAbstract(declared.getModifiers())
                            && !declared.isPrimitive() && !declared.isArray();
                    if (judged && !Serializable.class.isAssignableFrom(declared)) {
                        problems.add(bean.getName() + "." + field.getName() + " (" + declared.getName() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "state that does not serialise: make it Serializable or transient");
    }

    private static boolean holdsState(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                && !field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(EJB.class)
                && !field.isAnnotationPresent(Resource.class) && !field.isAnnotationPresent(PersistenceContext.class);
    }
}
