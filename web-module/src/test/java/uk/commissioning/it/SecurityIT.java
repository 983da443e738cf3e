package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.commissioning.it.Api.obj;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Sign-in, roles, tenant isolation, CSRF, lockout, password storage and API tokens, against the real WAR. */
class SecurityIT extends ApiIT {

    private static final String ADMIN = "admin";

    @Test
    void signingInIsRequiredAndRolesAreEnforced() {
        Api.Reply anonymous = api.get(null, "api/funds");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"), anonymous.contentType());
        assertEquals(401, api.get("priya.shah-nobody", "api/funds").status());
        assertEquals(403, api.post("sam.patel", "api/transfers", obj().build()).status(), "a VCSE lead moves no money");
        assertEquals(403, api.get("priya.shah", "api/users").status(), "only administrators manage users");
    }

    @Test
    void anotherOrganisationsFundsAndTransfersAreNotFound() {
        long glaFund = fundId("priya.shah", "GLA-HEALTH-SP-2019-20");
        long glaTransfer = api.get("priya.shah", "api/transfers?status=APPROVED").expect(200).array().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getJsonObject("fromFund").getInt("id") == glaFund)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        // helen.cho sits on Redbridge's board: she reads Redbridge's funds, not the GLA's.
        for (String outsider : List.of("dan.reeves", "sam.patel", "helen.cho")) {
            assertEquals(404, api.get(outsider, "api/funds/" + glaFund).status(), outsider);
            assertEquals(404, api.get(outsider, "api/funds/" + glaFund + "/position").status(), outsider);
            assertEquals(404, api.get(outsider, "api/funds/" + glaFund + "/ledger").status(), outsider);
            assertEquals(404, api.get(outsider, "api/transfers/" + glaTransfer).status(), outsider);
            assertFalse(codes(outsider).contains("GLA-HEALTH-SP-2019-20"), outsider);
        }
        assertEquals(404, api.post("dan.reeves", "api/transfers/" + glaTransfer + "/approve", JsonValue.EMPTY_JSON_OBJECT).status());
        JsonObject intoAnotherTenant = api.post("dan.reeves", "api/transfers", obj()
                .add("fromFundId", fundId("dan.reeves", "THCCG-SP-2019-20")).add("toFundId", glaFund)
                .add("amount", Api.gbp("1.00")).add("decisionId", 1).add("valueDate", "2019-12-20")
                .add("reason", "probe").build()).expect(422).json();
        assertEquals("toFundId", intoAnotherTenant.getString("field"), "another tenant's fund is not a destination");
        assertTrue(codes("grace.lin").contains("WF-SP-POOL-2019-20"), "a pool's partner sees the pool");
        assertTrue(codes(ADMIN).containsAll(List.of("GLA-HEALTH-SP-2019-20", "THCCG-SP-2019-20", "WF-SP-POOL-2019-20")));
    }

    @Test
    void sessionWritesToTheApiNeedTheCsrfToken() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        URI base = Deployments.loopback(deployed);
        String loginPage = browser.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> form = Map.of("login", "login", "login:username", "priya.shah", "login:password", Api.PASSWORD,
                "login:signIn", "", "jakarta.faces.ViewState", viewState(loginPage));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(formBody(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(signedIn.body().contains("signed-in-as"), "signed in through the form");

        String csrf = json(browser.send(HttpRequest.newBuilder(base.resolve("api/me")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).getString("csrfToken");
        String body = obj().add("name", Scenario.unique("IT CSRF")).add("type", "CIC").build().toString();
        HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(base.resolve("api/organisations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, withoutToken.statusCode(), withoutToken.body());
        HttpResponse<String> withToken = browser.send(HttpRequest.newBuilder(base.resolve("api/organisations"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, withToken.statusCode(), withToken.body());

        long before = transferCount();
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(base.resolve("transfers/new.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(formBody(Map.of("transfer", "transfer", "transfer:from", "1", "transfer:to", "2",
                        "transfer:amount", "5.00", "transfer:decision", "1", "transfer:valueDate", "2019-12-20",
                        "transfer:reason", "forged", "transfer:submit", ""))).build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(forged.body().contains("moves no money until"), "a form post without the view state does nothing");
        assertEquals(before, transferCount(), "no transfer was created by a forged form post");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheHashIsAllThatIsStored() throws Exception {
        String username = Scenario.unique("it-lock");
        String password = "Correct-horse-" + System.nanoTime();
        long org = given.requesterOrganisation();
        JsonObject created = api.post(ADMIN, "api/users", obj().add("username", username).add("displayName", "IT Lock")
                .add("password", password).add("role", "COMMISSIONER").add("organisationId", org).build()).expect(201).json();
        assertFalse(created.toString().contains(password));
        assertEquals(422, api.post(ADMIN, "api/users", obj().add("username", Scenario.unique("it-weak"))
                .add("displayName", "Weak").add("password", "short").add("role", "COMMISSIONER")
                .add("organisationId", org).build()).json().getInt("status"));

        assertEquals(200, basic(username, password, "api/funds"));
        for (int i = 0; i < 5; i++) {
            assertEquals(401, basic(username, "wrong-password-" + i, "api/funds"));
        }
        assertEquals(401, basic(username, password, "api/funds"), "locked even with the right password");
        api.post(ADMIN, "api/users/" + created.getInt("id") + "/password", obj().add("password", password + "!").build()).expect(200);
        assertEquals(200, basic(username, password + "!", "api/funds"), "a reset lifts the lockout");

        long vcse = api.get(ADMIN, "api/organisations").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("Poplar Wellbeing Partnership")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertTrue(api.withCredentials(username, password + "!", "api/funds").body().contains("GLA-HEALTH-SP-2019-20"));
        api.post(ADMIN, "api/users/" + created.getInt("id") + "/role", obj().add("role", "VCSE_FINANCE")
                .add("organisationId", vcse).build()).expect(200);
        assertEquals("[]", api.withCredentials(username, password + "!", "api/funds").body(), "a new role applies at once");
        api.post(ADMIN, "api/users/" + created.getInt("id") + "/disable", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        assertEquals(401, basic(username, password + "!", "api/funds"), "a disabled user cannot sign in");

        String audit = api.get(ADMIN, "api/audit?entity=User&size=500").expect(200).body();
        assertTrue(audit.contains("SIGN_IN_FAILED"));
        assertFalse(audit.contains(password), "the audit trail never holds a password");

        String url = System.getenv("DB_URL");
        if (url != null && url.startsWith("jdbc:mysql")) {
            try (Connection db = DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
                 ResultSet row = db.createStatement().executeQuery(
                         "SELECT password_hash FROM app_user WHERE username = '" + username + "'")) {
                assertTrue(row.next());
                String hash = row.getString(1);
                assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:50000:"), hash);
                assertFalse(hash.contains(password));
            }
        }
    }

    @Test
    void anOrganisationsApiTokenActsForItUntilRevoked() {
        long poplar = api.get(ADMIN, "api/organisations").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals("Poplar Wellbeing Partnership")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject issued = api.post(ADMIN, "api/tokens", obj().add("organisationId", poplar)
                .add("name", "Case-management uploads").build()).expect(201).json();
        String token = issued.getString("token");
        assertTrue(token.startsWith("cmt_"));
        assertFalse(api.get(ADMIN, "api/tokens").body().contains(token), "the token is shown once, never listed");

        JsonObject me = api.bearer(token, "api/me").expect(200).json();
        assertEquals("Poplar Wellbeing Partnership", me.getJsonObject("organisation").getString("name"));
        assertEquals("[]", api.bearer(token, "api/funds").expect(200).body());
        assertEquals(404, api.bearer(token, "api/funds/" + fundId("priya.shah", "GLA-HEALTH-SP-2019-20")).status());

        api.delete(ADMIN, "api/tokens/" + issued.getInt("id")).expect(200);
        assertEquals(401, api.bearer(token, "api/me").status(), "revoked at once");
        assertEquals(401, api.bearer("cmt_not-a-real-token", "api/me").status());
    }

    private long fundId(String user, String code) {
        return api.get(user, "api/funds").expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private List<String> codes(String user) {
        return api.get(user, "api/funds").expect(200).array().stream()
                .map(f -> f.asJsonObject().getString("code")).toList();
    }

    private long transferCount() {
        return api.get(ADMIN, "api/transfers").expect(200).array().size();
    }

    private int basic(String username, String password, String path) {
        return api.withCredentials(username, password, path).status();
    }

    private static String viewState(String html) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the sign-in form has a view state");
        return m.group(1);
    }

    private static HttpRequest.BodyPublisher formBody(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static JsonObject json(String body) {
        assertNotNull(body);
        return new Api.Reply(200, "application/json", body).json();
    }

}
