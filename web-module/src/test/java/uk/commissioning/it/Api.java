package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the JSON API, signing in with HTTP Basic as a named demo user. */
public final class Api {

    public static final String PASSWORD = "Demo-pass-2019";

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Api(URI base) {
        this.base = base;
    }

    public record Reply(int status, String contentType, String body) {

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray array() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        /** Asserts the status, showing the body when it is not the expected one. */
        public Reply expect(int expected) {
            assertEquals(expected, status, () -> "HTTP " + status + ": " + body);
            return this;
        }

        public long id() {
            return json().getJsonNumber("id").longValue();
        }
    }

    public Reply get(String user, String path) {
        return send(user, HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A GET of a screen as a browser asks for it (Basic works on pages too), to read its status and HTML. */
    public Reply page(String user, String path) {
        return exchange(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", basic(user, PASSWORD)).GET(),
                "text/html");
    }

    /** A GET of a CSV download (problems still come back as problem+json). */
    public Reply getCsv(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET()
                .header("Authorization", basic(user, PASSWORD));
        return exchange(request, "text/csv, application/problem+json");
    }

    /** A file as bytes (a PDF statement), with its type and Content-Disposition; problems still come as problem+json. */
    public record Download(int status, String contentType, String disposition, byte[] body, java.net.http.HttpHeaders headers) {

        public Download expect(int expected) {
            assertEquals(expected, status, () -> "HTTP " + status + ": " + new String(body, StandardCharsets.UTF_8));
            return this;
        }
    }

    public Download download(String user, String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).GET().header("Authorization", basic(user, PASSWORD))
                .header("Accept", accept + ", application/problem+json").timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply delete(String user, String path) {
        return send(user, HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    /** A GET with an organisation's API token instead of a person's password. */
    public Reply bearer(String token, String path) {
        return exchange(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).GET());
    }

    /** A GET with explicit Basic credentials (for wrong passwords and lockout). */
    public Reply withCredentials(String user, String password, String path) {
        return exchange(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", basic(user, password)).GET());
    }

    public Reply post(String user, String path, JsonValue body) {
        return post(user, path, body.toString());
    }

    public Reply post(String user, String path, String rawBody) {
        return send(user, HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody)));
    }

    /** A CSV file as the request body (the demand import's streaming upload). */
    public Reply postCsv(String user, String path, String csv) {
        return send(user, csvRequest(path, csv));
    }

    /** A CSV file as the request body, signed in with an organisation's API token. */
    public Reply postCsvWithToken(String token, String path, String csv) {
        return exchange(csvRequest(path, csv).header("Authorization", "Bearer " + token));
    }

    private HttpRequest.Builder csvRequest(String path, String csv) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv));
    }

    /** A file as the raw request body, claiming {@code contentType} and naming itself in Content-Disposition. */
    public Reply postFile(String user, String path, String contentType, String fileName, byte[] bytes) {
        return send(user, HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /**
     * A file of {@code size} bytes as the raw request body, generated as it is sent ({@code head}, then zeros), so a
     * test can offer a file far larger than anyone should hold in memory. Plain HTTP/1.1 on a socket, the body written
     * from a second thread: a server that answers before reading it all (and then stops reading) is still heard,
     * where java.net.http gives up on the broken upload. Returns the answer and how much of the body was written.
     */
    public Generated postGenerated(String user, String path, String fileName, byte[] head, long size) {
        URI target = base.resolve(path);
        try (java.net.Socket socket = new java.net.Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            String request = "POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":" + target.getPort()
                    + "\r\nAuthorization: " + basic(user, PASSWORD) + "\r\nContent-Type: application/pdf"
                    + "\r\nContent-Disposition: attachment; filename=\"" + fileName + "\"\r\nAccept: application/json, application/problem+json"
                    + "\r\nContent-Length: " + size + "\r\nConnection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                try {
                    while (written.get() < size) {
                        long at = written.get();
                        int n = (int) Math.min(chunk.length, size - at);
                        java.util.Arrays.fill(chunk, (byte) 0);
                        if (at < head.length) {
                            System.arraycopy(head, (int) at, chunk, 0, (int) Math.min(head.length - at, n));
                        }
                        out.write(chunk, 0, n);
                        written.addAndGet(n);
                    }
                    out.flush();
                } catch (IOException stoppedReading) {
                    // The server answered and closed: the rest of the body was never wanted.
                }
            });
            writer.setDaemon(true);
            writer.start();
            byte[] response = socket.getInputStream().readAllBytes();
            writer.join(10_000);
            String text = new String(response, StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            int bodyAt = text.indexOf("\r\n\r\n");
            String headers = text.substring(0, bodyAt);
            String body = text.substring(bodyAt + 4);
            if (headers.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Generated(new Reply(status, "", body), written.get());
        } catch (IOException e) {
            throw new IllegalStateException("request to " + target + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A generated upload's answer, and how many bytes of its body the server let the client write. */
    public record Generated(Reply reply, long bytesWritten) {
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int length = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (length == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + length);
            at = lineEnd + 2 + length + 2;
        }
    }

    /** A file as the part named 'file' of a multipart/form-data body, as a browser's form sends it. */
    public Reply postMultipart(String user, String path, String fileName, String contentType, byte[] bytes) {
        String boundary = "----it-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(user, HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Reply put(String user, String path, JsonValue body) {
        return send(user, HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private Reply send(String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", basic(user, PASSWORD));
        }
        return exchange(request);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Reply exchange(HttpRequest.Builder request) {
        return exchange(request, "application/json, application/problem+json");
    }

    private Reply exchange(HttpRequest.Builder request, String accept) {
        request.header("Accept", accept);
        request.timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request to " + request.build().uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObjectBuilder obj() {
        return Json.createObjectBuilder();
    }

    public static JsonObject gbp(String amount) {
        return obj().add("amount", amount).add("currency", "GBP").build();
    }

    public static String amount(JsonObject money) {
        return money.getString("amount");
    }
}
