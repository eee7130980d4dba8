package dev.shortlist.stack.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokenIssuerTest {

    @TempDir
    Path keys;

    @Test
    void tokensAreSignedWithTheKeyPairThatIsKeptForTheNextRun() throws Exception {
        String token = DevTokenIssuer.inDirectory(keys).token("org-a", List.of("recruiter"), Duration.ofMinutes(5));
        DevTokenIssuer reloaded = DevTokenIssuer.inDirectory(keys);

        String[] parts = token.split("\\.");
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(reloaded.publicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.path("org_id").asText()).isEqualTo("org-a");
        assertThat(claims.path("roles").get(0).asText()).isEqualTo("recruiter");
        assertThat(claims.path("aud").asText()).isEqualTo("shortlist");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(300);
    }
}
