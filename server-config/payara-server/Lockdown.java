import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Locks a Payara Server 6 domain down before it starts: every listener on loopback, no phone-home,
 * no Hazelcast data grid, no JMS broker, no X-Powered-By or Server header, SameSite=Lax cookies, and
 * the JVM options of {@code jvm-options}.
 *
 * <p>These settings are read when the server boots, before pre-boot commands could change them, so
 * they are written into {@code domain.xml} while the domain is stopped. A marker file in the
 * domain's {@code config} folder records the settings applied; when they are unchanged nothing is
 * touched, so {@code domain.xml} is rewritten at most once per set of settings. Uses the JDK only:
 *
 * <pre>
 *   java Lockdown.java &lt;domain-dir&gt; [name=value ...]
 *     http=8080 https=8181 admin=4848 iiop=3700 iiop-ssl=3820 iiop-mutual=3920 jmx=8686
 *     http-address=127.0.0.1   address of the two HTTP listeners (admin, IIOP, JMX stay on loopback)
 *     jvm-options=FILE         one JVM option a line; replaces options with the same name
 *     forget=NAME              also drop a deployed application NAME (not guarded by the marker)
 * </pre>
 */
public class Lockdown {

  private static final String LOOPBACK = "127.0.0.1";
  private static final String MARKER = "anjian-lockdown.properties";

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: java Lockdown.java <domain-dir> [name=value ...]");
      System.exit(2);
    }
    Path domainDir = Path.of(args[0]).toAbsolutePath().normalize();
    Map<String, String> settings = settings(args);
    Path domainXml = domainDir.resolve("config/domain.xml");
    if (!Files.isRegularFile(domainXml)) {
      fail("no domain.xml in " + domainDir);
    }
    refuseWhileRunning(domainDir);

    String forget = settings.remove("forget");
    String wanted = describe(settings);
    Path marker = domainDir.resolve("config").resolve(MARKER);
    boolean lockedDown = Files.exists(marker) && Files.readString(marker).equals(wanted);

    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(domainXml.toFile());
    boolean changed = false;
    if (!lockedDown) {
      new Lockdown(doc, settings).apply();
      changed = true;
    }
    if (forget != null && forgetApplication(doc, domainDir, forget)) {
      changed = true;
    }
    if (changed) {
      write(doc, domainXml);
    }
    if (!lockedDown) {
      Files.writeString(marker, wanted);
      System.out.println("Locked down " + domainXml + ":\n" + wanted);
    } else {
      System.out.println("Already locked down (" + marker + ")");
    }
  }

  private final Document doc;
  private final Map<String, String> settings;

  private Lockdown(Document doc, Map<String, String> settings) {
    this.doc = doc;
    this.settings = settings;
  }

  private void apply() throws IOException {
    String httpAddress = settings.getOrDefault("http-address", LOOPBACK);
    for (Element config : children(doc.getDocumentElement(), "configs", "config")) {
      for (Element listener : descendants(config, "network-listener")) {
        String name = listener.getAttribute("name");
        boolean http = name.equals("http-listener-1") || name.equals("http-listener-2");
        listener.setAttribute("address", http ? httpAddress : LOOPBACK);
      }
      // no X-Powered-By and no Server banner telling an attacker which server this is
      for (Element http : descendants(config, "http")) {
        http.setAttribute("xpowered-by", "false");
        http.setAttribute("server-header", "false");
        // the session cookie's SameSite comes from here (Payara ignores the application's)
        http.setAttribute("cookie-same-site-enabled", "true");
        http.setAttribute("cookie-same-site-value", "Lax");
      }
      descendants(config, "iiop-listener").forEach(e -> e.setAttribute("address", LOOPBACK));
      descendants(config, "jmx-connector").forEach(e -> e.setAttribute("address", LOOPBACK));
      child(config, "phone-home-runtime-configuration").setAttribute("enabled", "false");
      child(config, "hazelcast-config-specific-configuration").setAttribute("enabled", "false");
      // without a jms-service element the embedded broker proxy listens on 0.0.0.0:7676
      child(config, "jms-service").setAttribute("type", "DISABLED");
    }
    Element hazelcast = child(doc.getDocumentElement(), "hazelcast-runtime-configuration");
    hazelcast.setAttribute("interface", LOOPBACK);
    hazelcast.setAttribute("das-bind-address", LOOPBACK);
    hazelcast.setAttribute("tcpip-members", LOOPBACK + ":5900");

    Element server = serverConfig();
    setPort(server, "network-listener", "name", "http-listener-1", "http");
    setPort(server, "network-listener", "name", "http-listener-2", "https");
    setPort(server, "network-listener", "name", "admin-listener", "admin");
    setPort(server, "iiop-listener", "id", "orb-listener-1", "iiop");
    setPort(server, "iiop-listener", "id", "SSL", "iiop-ssl");
    setPort(server, "iiop-listener", "id", "SSL_MUTUALAUTH", "iiop-mutual");
    setPort(server, "jmx-connector", "name", "system", "jmx");
    if (settings.containsKey("jvm-options")) {
      setJvmOptions(server, Path.of(settings.get("jvm-options")));
    }
  }

  private Element serverConfig() {
    for (Element config : children(doc.getDocumentElement(), "configs", "config")) {
      if (config.getAttribute("name").equals("server-config")) {
        return config;
      }
    }
    throw new IllegalStateException("no server-config in domain.xml");
  }

  private void setPort(Element config, String tag, String key, String id, String setting) {
    String port = settings.get(setting);
    if (port == null) {
      return;
    }
    if (!port.matches("\\d{1,5}")) {
      fail(setting + " is not a port: " + port);
    }
    descendants(config, tag).stream()
        .filter(e -> e.getAttribute(key).equals(id))
        .forEach(e -> e.setAttribute("port", port));
  }

  /** Appends the options of the file, first removing existing options of the same name. */
  private void setJvmOptions(Element config, Path file) throws IOException {
    Element javaConfig = child(config, "java-config");
    List<String> options = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String option = line.strip();
      if (!option.isEmpty() && !option.startsWith("#")) {
        options.add(option);
      }
    }
    for (Element existing : children(javaConfig, "jvm-options")) {
      String name = optionName(existing.getTextContent());
      if (options.stream().anyMatch(o -> optionName(o).equals(name))) {
        javaConfig.removeChild(existing);
      }
    }
    for (String option : options) {
      Element element = doc.createElement("jvm-options");
      element.setTextContent(option);
      javaConfig.appendChild(element);
    }
  }

  /** "-Xmx1g" → "-Xmx", "-Dkey=v" → "-Dkey", "-XX:+Flag" / "-XX:Flag=v" → "-XX:Flag". */
  static String optionName(String option) {
    String o = option.strip().replaceFirst("^\\[[^\\]]*\\]", "");
    if (o.matches("-X(mx|ms|ss|mn).*")) {
      return o.substring(0, 4);
    }
    if (o.startsWith("-XX:")) {
      return "-XX:" + o.substring(4).replaceFirst("^[+-]", "").replaceFirst("=.*", "");
    }
    if (o.startsWith("-D")) {
      return o.replaceFirst("=.*", "");
    }
    return o;
  }

  /**
   * Drops a deployed application from domain.xml and its unpacked files, so that the server does
   * not load the old build before a post-boot command deploys the new one.
   */
  private static boolean forgetApplication(Document doc, Path domainDir, String name)
      throws IOException {
    boolean found = false;
    for (String tag : List.of("application", "application-ref")) {
      String key = tag.equals("application") ? "name" : "ref";
      NodeList nodes = doc.getElementsByTagName(tag);
      for (int i = nodes.getLength() - 1; i >= 0; i--) {
        Element e = (Element) nodes.item(i);
        if (e.getAttribute(key).equals(name)) {
          e.getParentNode().removeChild(e);
          found = true;
        }
      }
    }
    for (String dir : List.of("applications", "generated/ejb", "generated/jsp", "generated/xml",
        "generated/policy")) {
      deleteTree(domainDir.resolve(dir).resolve(name));
    }
    if (found) {
      System.out.println("Forgot the previous deployment of " + name);
    }
    return found;
  }

  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The server rewrites domain.xml while it runs; editing it underneath would be lost. */
  private static void refuseWhileRunning(Path domainDir) throws IOException {
    Path pidFile = domainDir.resolve("config/pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    String pid = Files.readString(pidFile).strip();
    Optional<ProcessHandle> process =
        pid.matches("\\d+") ? ProcessHandle.of(Long.parseLong(pid)) : Optional.empty();
    if (process.isPresent() && process.get().isAlive()) {
      fail("the domain in " + domainDir + " is running (pid " + pid + "): stop it first");
    }
  }

  private static Map<String, String> settings(String[] args) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      if (eq < 1) {
        fail("expected name=value, got " + args[i]);
      }
      settings.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    return settings;
  }

  /** The marker's content: the settings, plus the JVM options file's content. */
  private static String describe(Map<String, String> settings) throws IOException {
    // a new revision of what apply() does locks an already locked-down domain down again
    StringBuilder text = new StringBuilder("revision=2\n");
    new TreeMap<>(settings).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    if (settings.containsKey("jvm-options")) {
      for (String line : Files.readAllLines(Path.of(settings.get("jvm-options")))) {
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          text.append("# ").append(line.strip()).append('\n');
        }
      }
    }
    return text.toString();
  }

  private static void write(Document doc, Path domainXml) throws Exception {
    Path backup = domainXml.resolveSibling("domain.xml.before-lockdown");
    if (!Files.exists(backup)) {
      Files.copy(domainXml, backup);
    }
    Path tmp = domainXml.resolveSibling("domain.xml.lockdown-tmp");
    var transformer = TransformerFactory.newInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    transformer.transform(new DOMSource(doc), new StreamResult(tmp.toFile()));
    Files.move(tmp, domainXml, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** The first child element with this tag, created (appended) when missing. */
  private Element child(Element parent, String tag) {
    List<Element> found = children(parent, tag);
    if (!found.isEmpty()) {
      return found.get(0);
    }
    Element created = doc.createElement(tag);
    parent.appendChild(created);
    return created;
  }

  private static List<Element> children(Element parent, String... path) {
    List<Element> level = List.of(parent);
    for (String tag : path) {
      List<Element> next = new ArrayList<>();
      for (Element e : level) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element child && child.getTagName().equals(tag)) {
            next.add(child);
          }
        }
      }
      level = next;
    }
    return level;
  }

  private static List<Element> descendants(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static void fail(String message) {
    System.err.println("Lockdown: " + message);
    System.exit(1);
  }
}
