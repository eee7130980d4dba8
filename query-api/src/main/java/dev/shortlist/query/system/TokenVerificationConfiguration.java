package dev.shortlist.query.system;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * How a bearer token is verified: the signing key, the token rules and the cache of verified
 * tokens. Only a web application verifies tokens: the {@code rebuild} command serves no requests.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TokenVerificationConfiguration {

    /**
     * The decoder of Spring's own settings, as ingest-api builds it: the key from
     * {@code ...jwt.jwk-set-uri}, {@code ...jwt.public-key-location} (the local development issuer) or
     * the provider behind {@code ...jwt.issuer-uri}; {@code ...jwt.issuer-uri} and {@code ...jwt.audiences}
     * are validated whenever set, and a token without an {@code org_id} cannot be scoped, so it is
     * rejected (401) like an invalid one. Boot's own decoder would fetch the provider's discovery
     * document whenever {@code issuer-uri} is set, even next to a local key.
     */
    @Bean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) throws IOException {
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        NimbusJwtDecoder decoder;
        if (hasText(jwt.getJwkSetUri())) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri()).build();
        } else if (jwt.getPublicKeyLocation() != null) {
            if (!jwt.getPublicKeyLocation().exists()) {
                throw new IllegalStateException("No token verification key at " + jwt.getPublicKeyLocation()
                        + ": create the local key pair with DevTokenIssuer (see docs/query.md) or configure "
                        + "spring.security.oauth2.resourceserver.jwt.issuer-uri / jwk-set-uri");
            }
            try (InputStream in = jwt.getPublicKeyLocation().getInputStream()) {
                RSAPublicKey key = RsaKeyConverters.x509().convert(in);
                decoder = NimbusJwtDecoder.withPublicKey(key).build();
            }
        } else if (hasText(jwt.getIssuerUri())) {
            decoder = NimbusJwtDecoder.withIssuerLocation(jwt.getIssuerUri()).build();
        } else {
            throw new IllegalStateException("Set spring.security.oauth2.resourceserver.jwt.public-key-location, "
                    + "jwk-set-uri or issuer-uri");
        }
        decoder.setJwtValidator(validator(jwt));
        // A client sends the same bearer token with every request: verify it once, not per request.
        return new VerifiedTokenCache(decoder, 10_000, Duration.ofMinutes(5), Clock.systemUTC());
    }

    /** Spring's defaults, the issuer and audience when configured, and a non-blank {@code org_id}. */
    static OAuth2TokenValidator<Jwt> validator(OAuth2ResourceServerProperties.Jwt jwt) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        if (hasText(jwt.getIssuerUri())) {
            validators.add(new JwtIssuerValidator(jwt.getIssuerUri()));
        }
        List<String> audiences = jwt.getAudiences();
        if (audiences != null && !audiences.isEmpty()) {
            validators.add(new JwtClaimValidator<List<String>>(
                    JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
        }
        validators.add(new JwtClaimValidator<Object>(
                OrganizationId.CLAIM, org -> org instanceof String value && !value.isBlank()));
        // Spring's defaults (expiry, certificate-bound tokens) come first, as in Boot's own decoder.
        return JwtValidators.createDefaultWithValidators(validators);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
