package org.anjian.it.probe;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.anjian.census.boundary.BulkResult;
import org.anjian.census.boundary.CensusExport;
import org.anjian.census.boundary.CensusFilter;
import org.anjian.census.boundary.ExportText;
import org.anjian.census.boundary.RecordVersion;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.exception.NotFoundException;

/**
 * Test archive only: calls boundary methods through their EJB views as whoever sends the request
 * (anonymous too: this URL has no security constraint), for {@code AccessMatrixIT}. The body holds
 * one call a line, {@code key TAB class TAB method TAB argument...}; the answer one line per call,
 * {@code key TAB outcome TAB detail}: {@code no} (EJBAccessException), {@code nf}
 * (NotFoundException, or a bulk result refusing with error.notFound) or {@code ok} (anything else).
 */
@WebServlet("/it-matrix")
public class AccessMatrixProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    response.setContentType("text/plain;charset=UTF-8");
    PrintWriter out = response.getWriter();
    for (String line : body.split("\n")) {
      if (!line.isBlank()) {
        List<String> f = Arrays.asList(line.split("\t", -1));
        out.println(f.get(0) + "\t" + call(f.get(1), f.get(2), f.subList(3, f.size())));
      }
    }
  }

  private static String call(String type, String name, List<String> arguments) {
    try {
      Class<?> bean = Class.forName(type);
      Method method = method(bean, name, arguments.size());
      Object view = new InitialContext().lookup("java:module/" + bean.getSimpleName());
      Object[] values = new Object[arguments.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = value(method.getParameterTypes()[i], arguments.get(i));
      }
      Object result = method.invoke(view, values);
      if (result instanceof BulkResult bulk
          && bulk.failures().stream().anyMatch(f -> "error.notFound".equals(f.messageKey()))) {
        return "nf\tbulk refused " + bulk.failures();
      }
      return "ok\treturned";
    } catch (InvocationTargetException e) {
      return outcome(e.getCause());
    } catch (ReflectiveOperationException | NamingException | RuntimeException e) {
      return "error\t" + e;
    }
  }

  private static String outcome(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof EJBAccessException) {
        return "no\t" + t.getClass().getSimpleName();
      }
      if (t instanceof NotFoundException) {
        return "nf\t" + t.getClass().getSimpleName();
      }
    }
    return "ok\tthrew " + thrown.getClass().getSimpleName();
  }

  private static Method method(Class<?> bean, String name, int arity) throws NoSuchMethodException {
    return Arrays.stream(bean.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .findFirst()
        .orElseThrow(() -> new NoSuchMethodException(bean.getName() + "." + name + "/" + arity));
  }

  /** An argument as the test wrote it, converted to the parameter's type. */
  private static Object value(Class<?> type, String text) {
    if (text.equals("null")) {
      return type == long.class ? -1L : type == boolean.class ? false : null;
    }
    if (text.equals("page")) {
      return new PageRequest(0, 10, null, false);
    }
    if (text.equals("out")) {
      return (OutputStream) new ByteArrayOutputStream();
    }
    if (text.equals("text")) {
      return new ExportText("sheet", CensusExport.headerKeys(), String::valueOf);
    }
    if (text.startsWith("cfilter:")) {
      return new CensusFilter(null, null, text.substring(8), null);
    }
    if (text.startsWith("rv:") || text.startsWith("rvs:")) {
      RecordVersion record = new RecordVersion(Long.valueOf(text.split(":")[1]), -1L);
      return text.startsWith("rv:") ? record : List.of(record);
    }
    if (type == Long.class || type == long.class) {
      return Long.valueOf(text);
    }
    if (type == boolean.class || type == Boolean.class) {
      return Boolean.valueOf(text);
    }
    if (type.isEnum()) {
      return enumValue(type, text);
    }
    return text;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> type, String text) {
    return Enum.valueOf((Class<? extends Enum>) type, text);
  }
}
