package uk.commissioning.platform.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * An empty request body where the API reads a JSON object counts as {@code {}}: a step whose body is optional (withdraw,
 * approve as claimed) can be sent with none, and a step that needs fields then names each missing one (400 with the
 * field) instead of answering "Malformed JSON" about a body nobody meant to send.
 */
@Provider
public class EmptyJsonBody implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Class<?> type = context.getType();
        if (!JsonValue.class.isAssignableFrom(type) || !type.isAssignableFrom(JsonObject.class)) {
            return context.proceed();
        }
        PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
        int first = firstNonBlank(body);
        if (first < 0) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        body.unread(first);
        context.setInputStream(body);
        return context.proceed();
    }

    /** The first byte that is not JSON white space, or -1 at the end of the stream. */
    private static int firstNonBlank(InputStream in) throws IOException {
        int b;
        do {
            b = in.read();
        } while (b == ' ' || b == '\t' || b == '\n' || b == '\r');
        return b;
    }
}
