package io.github.graphdocs.runtime.http;

import io.github.graphdocs.runtime.ODataCollection;
import org.jspecify.annotations.Nullable;

/**
 * The factories generated request methods call: one path template and its arguments instead of
 * per-method string building, so that the request API stays small to compile. A template is the
 * path's literal text with a placeholder per argument, in order: {@code {}} a key (encoded by
 * {@link ODataPaths#segment}), <code>{/}</code> an item path ({@link ODataPaths#itemPath}),
 * <code>{'}</code> a function argument ({@link ODataPaths#literal}); <code>{{</code> is a literal
 * <code>{</code>. {@code ODataRequests.object(ODataMethod.GET, "/users/{}/manager", 200, User.class, id)}
 * is {@code ODataRequest.of(ODataMethod.GET, "/users/" + ODataPaths.segment(id) + "/manager",
 * ResponseType.object(User.class), 200)}.
 */
public final class ODataRequests {
  private ODataRequests() {}

  /**
   * A request whose response has no body to read.
   *
   * @param method the method
   * @param template the path template
   * @param status the documented success status, or 0
   * @param args the template's arguments
   * @return the request
   */
  public static ODataRequest<Void> none(ODataMethod method, String template, int status, @Nullable Object... args) {
    return ODataRequest.of(method, expand(template, args), ResponseType.none(), status);
  }

  /**
   * A request whose response is the body's bytes.
   *
   * @param method the method
   * @param template the path template
   * @param status the documented success status, or 0
   * @param args the template's arguments
   * @return the request
   */
  public static ODataRequest<byte[]> bytes(ODataMethod method, String template, int status, @Nullable Object... args) {
    return ODataRequest.of(method, expand(template, args), ResponseType.bytes(), status);
  }

  /**
   * A request whose response is an object of a model class ({@link ResponseType#object}).
   *
   * @param method the method
   * @param template the path template
   * @param status the documented success status, or 0
   * @param type the class
   * @param args the template's arguments
   * @param <T> the class
   * @return the request
   */
  public static <T> ODataRequest<T> object(ODataMethod method, String template, int status, Class<T> type,
      @Nullable Object... args) {
    return ODataRequest.of(method, expand(template, args), ResponseType.object(type), status);
  }

  /**
   * A request whose response is a wrapped primitive ({@link ResponseType#primitive}).
   *
   * @param method the method
   * @param template the path template
   * @param status the documented success status, or 0
   * @param type the primitive's class
   * @param args the template's arguments
   * @param <T> the class
   * @return the request
   */
  public static <T> ODataRequest<T> primitive(ODataMethod method, String template, int status, Class<T> type,
      @Nullable Object... args) {
    return ODataRequest.of(method, expand(template, args), ResponseType.primitive(type), status);
  }

  /**
   * A request whose response is a page of a collection ({@link ResponseType#collection}).
   *
   * @param method the method
   * @param template the path template
   * @param status the documented success status, or 0
   * @param itemType the item class
   * @param args the template's arguments
   * @param <E> the item class
   * @return the request
   */
  public static <E> ODataRequest<ODataCollection<E>> collection(ODataMethod method, String template, int status,
      Class<E> itemType, @Nullable Object... args) {
    return ODataRequest.of(method, expand(template, args), ResponseType.collection(itemType), status);
  }

  /**
   * The path a template and its arguments give, each argument encoded as its placeholder says.
   *
   * @param template the path template
   * @param args one argument per placeholder
   * @return the encoded path
   * @throws IllegalArgumentException when the arguments do not match the placeholders
   */
  public static String expand(String template, @Nullable Object... args) {
    StringBuilder sb = new StringBuilder(template.length() + 16 * args.length);
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '{') {
        sb.append(c);
        continue;
      }
      if (template.startsWith("{{", i)) {
        sb.append('{');
        i++;
        continue;
      }
      if (next >= args.length) {
        throw new IllegalArgumentException("the template has more placeholders than arguments: " + template);
      }
      Object arg = args[next++];
      if (template.startsWith("{}", i)) {
        sb.append(ODataPaths.segment(text(arg)));
        i += 1;
      } else if (template.startsWith("{/}", i)) {
        sb.append(ODataPaths.itemPath(text(arg)));
        i += 2;
      } else if (template.startsWith("{'}", i)) {
        sb.append(ODataPaths.literal(arg));
        i += 2;
      } else {
        throw new IllegalArgumentException("an unknown placeholder in the template: " + template);
      }
    }
    if (next != args.length) {
      throw new IllegalArgumentException("the template has fewer placeholders than arguments: " + template);
    }
    return sb.toString();
  }

  private static String text(@Nullable Object arg) {
    if (arg == null) {
      throw new NullPointerException("a key or path value is null");
    }
    return arg.toString();
  }
}
