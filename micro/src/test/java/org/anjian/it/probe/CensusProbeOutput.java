package org.anjian.it.probe;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.anjian.census.boundary.CensusRecordView;
import org.anjian.census.boundary.CensusRow;
import org.anjian.census.boundary.HistoryRow;
import org.anjian.platform.exception.BusinessException;
import org.anjian.platform.exception.MessageKey;
import org.anjian.platform.exception.NotFoundException;

/**
 * What the census probes print: one line per item, tab-separated {@code name=value} pairs, and a
 * refusal as {@code error=<bundle key>} with 404 (not found) or 409 (any other refusal).
 */
final class CensusProbeOutput {

  private CensusProbeOutput() {}

  static PrintWriter text(HttpServletResponse response) throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    return response.getWriter();
  }

  static void line(PrintWriter out, Object... namesAndValues) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (i > 0) {
        line.append('\t');
      }
      Object value = namesAndValues[i + 1];
      line.append(namesAndValues[i]).append('=').append(value == null ? "" : value);
    }
    out.print(line.append('\n'));
  }

  static void row(PrintWriter out, CensusRow r) {
    line(
        out,
        "id",
        r.id(),
        "version",
        r.version(),
        "name",
        r.name(),
        "status",
        r.status(),
        "arrival",
        r.arrival(),
        "holder",
        r.holderRegionCode(),
        "tracking",
        r.trackingState());
  }

  static void form(PrintWriter out, CensusRecordView f) {
    line(
        out,
        "id",
        f.getId(),
        "version",
        f.getVersion(),
        "name",
        f.getName(),
        "status",
        f.getStatus(),
        "arrival",
        f.getArrival(),
        "holder",
        f.getHolderName(),
        "editable",
        f.isEditable(),
        "principal",
        f.getCommon().getPrincipal(),
        "region",
        f.getRegionCode(),
        "supervisor",
        f.getSupervisorName());
    facts(out, f);
  }

  /**
   * A second line with every fact that has a value, named as {@link #fill} takes them (e.g. {@code
   * tailings.initialDamHeight}); the computed 等别 is {@code tailings.grade}.
   */
  private static void facts(PrintWriter out, CensusRecordView f) {
    java.util.List<Object> pairs = new java.util.ArrayList<>();
    parts(f)
        .forEach(
            (part, bean) ->
                Arrays.stream(bean.getClass().getMethods())
                    .filter(m -> m.getName().startsWith("get") && m.getParameterCount() == 0)
                    .filter(m -> m.getDeclaringClass() == bean.getClass())
                    .sorted(java.util.Comparator.comparing(Method::getName))
                    .forEach(
                        m -> {
                          Object value = invoke(m, bean);
                          if (value != null) {
                            String name = m.getName().substring(3);
                            pairs.add(
                                part
                                    + "."
                                    + Character.toLowerCase(name.charAt(0))
                                    + name.substring(1));
                            pairs.add(value instanceof BigDecimal d ? d.toPlainString() : value);
                          }
                        }));
    line(out, pairs.toArray());
  }

  private static Object invoke(Method getter, Object bean) {
    try {
      return getter.invoke(bean);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> parts(CensusRecordView form) {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("common", form.getCommon());
    parts.put("underground", form.getUnderground());
    parts.put("openPit", form.getOpenPit());
    parts.put("tailings", form.getTailings());
    return parts;
  }

  static void history(PrintWriter out, HistoryRow h) {
    line(
        out,
        "action",
        h.action(),
        "actor",
        h.actorUsername(),
        "level",
        h.actorLevel(),
        "org",
        h.actorOrganisationName(),
        "toHolder",
        h.toHolderName(),
        "reason",
        h.reason());
  }

  static void refusal(HttpServletResponse response, BusinessException e) throws IOException {
    response.setStatus(e instanceof NotFoundException ? 404 : 409);
    String arguments =
        Arrays.stream(e.getArguments())
            .flatMap(
                a ->
                    a instanceof java.util.Collection<?> c
                        ? c.stream()
                        : java.util.stream.Stream.of(a))
            .map(a -> a instanceof MessageKey k ? k.key() : String.valueOf(a))
            .collect(Collectors.joining(","));
    line(text(response), "error", e.getMessageKey(), "arguments", arguments);
  }

  /**
   * Sets the form fields named by request parameters such as {@code common.principal} or {@code
   * tailings.pondType}, converting the text to the setter's type; an empty value clears the field.
   */
  static void fill(CensusRecordView form, Map<String, String[]> parameters) {
    Map<String, Object> parts = parts(form);
    if (parameters.containsKey("regionCode")) {
      form.setRegionCode(parameters.get("regionCode")[0]);
    }
    parameters.forEach(
        (name, values) -> {
          int dot = name.indexOf('.');
          Object part = dot < 0 ? null : parts.get(name.substring(0, dot));
          if (part != null) {
            set(part, name.substring(dot + 1), values[0]);
          }
        });
  }

  private static void set(Object bean, String property, String text) {
    String setter = "set" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    Method method =
        Arrays.stream(bean.getClass().getMethods())
            .filter(m -> m.getName().equals(setter) && m.getParameterCount() == 1)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no property " + property));
    try {
      method.invoke(bean, convert(method.getParameterTypes()[0], text));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object convert(Class<?> type, String text) {
    if (text == null || text.isEmpty()) {
      return null;
    } else if (type == String.class) {
      return text;
    } else if (type == Integer.class) {
      return Integer.valueOf(text);
    } else if (type == BigDecimal.class) {
      return new BigDecimal(text);
    } else if (type == Boolean.class) {
      return Boolean.valueOf(text);
    } else if (type == LocalDate.class) {
      return LocalDate.parse(text);
    } else if (type.isEnum()) {
      return Enum.valueOf((Class<Enum>) type, text);
    }
    throw new IllegalArgumentException("cannot set a " + type);
  }
}
