package dev.shortlist.query.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

/** The token rules as Spring's settings configure them (the stack-backed tests send real tokens). */
class TokenVerificationConfigurationTest {

    private static final String ISSUER = "http://127.0.0.1/shortlist-dev-issuer";

    private final OAuth2TokenValidator<Jwt> validator = TokenVerificationConfiguration.validator(settings());

    private static OAuth2ResourceServerProperties.Jwt settings() {
        OAuth2ResourceServerProperties.Jwt jwt = new OAuth2ResourceServerProperties().getJwt();
        jwt.setIssuerUri(ISSUER);
        jwt.setAudiences(List.of("shortlist"));
        return jwt;
    }

    private static Jwt token(Consumer<Jwt.Builder> change) {
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuer(ISSUER)
                .audience(List.of("shortlist"))
                .claim(OrganizationId.CLAIM, "org-a")
                .issuedAt(Instant.now().minusSeconds(10))
                .expiresAt(Instant.now().plusSeconds(300));
        change.accept(builder);
        return builder.build();
    }

    @Test
    void aTokenOfTheIssuerAndAudienceWithAnOrganizationIsAccepted() {
        assertThat(validator.validate(token(t -> {})).hasErrors()).isFalse();
    }

    @Test
    void anotherIssuerIsRefused() {
        assertThat(validator
                        .validate(token(t -> t.issuer("https://evil.example")))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void anotherAudienceIsRefused() {
        assertThat(validator
                        .validate(token(t -> t.audience(List.of("another-api"))))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void aTokenWithoutOrganizationIsRefused() {
        assertThat(validator
                        .validate(token(t -> t.claims(c -> c.remove(OrganizationId.CLAIM))))
                        .hasErrors())
                .isTrue();
        assertThat(validator
                        .validate(token(t -> t.claim(OrganizationId.CLAIM, " ")))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertThat(validator
                        .validate(token(t -> t.issuedAt(Instant.now().minusSeconds(900))
                                .expiresAt(Instant.now().minusSeconds(600))))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void withoutAnIssuerSettingNoIssuerIsRequired() {
        OAuth2ResourceServerProperties.Jwt jwt = settings();
        jwt.setIssuerUri(null);
        assertThat(TokenVerificationConfiguration.validator(jwt)
                        .validate(token(t -> t.issuer("https://other.example")))
                        .hasErrors())
                .isFalse();
    }
}
