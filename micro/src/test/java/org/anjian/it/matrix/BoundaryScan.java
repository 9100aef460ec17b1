package org.anjian.it.matrix;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.anjian.account.boundary.Authenticator;
import org.anjian.platform.exception.NotFoundException;

/**
 * What the matrix must cover, found on the class path and in the web module: every session or
 * singleton bean of an {@code org.anjian.*.boundary} package with its public methods, and every
 * page.
 */
final class BoundaryScan {

  private BoundaryScan() {}

  /** The boundary beans by simple name (the table's spelling). */
  static Map<String, Class<?>> beans() {
    Map<String, Class<?>> beans = new TreeMap<>();
    for (Class<?> anchor : List.of(Authenticator.class, NotFoundException.class)) {
      for (String name : classNames(anchor)) {
        if (name.matches("org\\.anjian\\.\\w+\\.boundary\\.[A-Z]\\w*")) {
          Class<?> type = load(name);
          if (type.isAnnotationPresent(Stateless.class)
              || type.isAnnotationPresent(Singleton.class)) {
            Class<?> clash = beans.put(type.getSimpleName(), type);
            if (clash != null && clash != type) {
              throw new IllegalStateException("two boundary beans named " + type.getSimpleName());
            }
          }
        }
      }
    }
    return beans;
  }

  /** The public business methods of a bean, as {@code Type.name/arity}. */
  static Stream<String> methods(Class<?> bean) {
    return Arrays.stream(bean.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> !m.isSynthetic() && !m.isBridge())
        .filter(m -> !m.isAnnotationPresent(PostConstruct.class))
        .filter(m -> !m.isAnnotationPresent(PreDestroy.class))
        .map(m -> key(bean.getSimpleName(), m));
  }

  static String key(String type, Method m) {
    return key(type, m.getName(), m.getParameterCount());
  }

  static String key(String type, String name, int arity) {
    return type + "." + name + "/" + arity;
  }

  /** The pages of the web module, as paths from the context root ({@code /login.xhtml}). */
  static List<String> pages(Path webapp) {
    try (Stream<Path> files = Files.walk(webapp)) {
      return files
          .filter(f -> f.toString().endsWith(".xhtml"))
          .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> classNames(Class<?> anchor) {
    try {
      Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(root)) {
        return classNames(root);
      }
      try (FileSystem jar = FileSystems.newFileSystem(root)) {
        return classNames(jar.getPath("/"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> classNames(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .filter(f -> f.endsWith(".class") && !f.contains("$"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, BoundaryScan.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
