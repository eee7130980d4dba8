package dev.shortlist.ingest.system;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * One filter chain: bearer JWTs (OAuth2 resource server), stateless. Health, metrics scraping and
 * the API docs are open; writes need {@code recruiter} (or {@code admin}); anything else needs a
 * valid token. A token must carry the expected issuer and audience and an {@code org_id}, else 401.
 *
 * <p>Keys come from Spring's own settings: {@code ...jwt.public-key-location} (the local dev
 * issuer), {@code ...jwt.jwk-set-uri} or {@code ...jwt.issuer-uri} (any OIDC provider, e.g.
 * Keycloak); {@code ...jwt.issuer-uri} and {@code ...jwt.audiences} are always validated when set.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String ORGANIZATION_CLAIM = "org_id";
    static final String ROLES_CLAIM = "roles";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        ProblemSecurityHandler problems = new ProblemSecurityHandler(json);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/actuator/prometheus",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/**")
                        .hasRole("RECRUITER")
                        .requestMatchers(HttpMethod.PUT, "/api/**")
                        .hasRole("RECRUITER")
                        .requestMatchers(HttpMethod.DELETE, "/api/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * No observations of the filter chain, authentication and authorization: they wrap each of the
     * chain's filters and every request in timers of their own, about a tenth of an upload's CPU
     * when profiled. Requests are still timed as a whole ({@code http.server.requests}); failed
     * authentications and refusals show up there by status.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) throws IOException {
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        NimbusJwtDecoder decoder;
        if (jwt.getJwkSetUri() != null && !jwt.getJwkSetUri().isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri()).build();
        } else if (jwt.getPublicKeyLocation() != null) {
            if (!jwt.getPublicKeyLocation().exists()) {
                throw new IllegalStateException("No token verification key at " + jwt.getPublicKeyLocation()
                        + ": create the local key pair with DevTokenIssuer (see docs/ingest.md) or configure "
                        + "spring.security.oauth2.resourceserver.jwt.issuer-uri / jwk-set-uri");
            }
            try (InputStream in = jwt.getPublicKeyLocation().getInputStream()) {
                RSAPublicKey key = RsaKeyConverters.x509().convert(in);
                decoder = NimbusJwtDecoder.withPublicKey(key).build();
            }
        } else if (jwt.getIssuerUri() != null && !jwt.getIssuerUri().isBlank()) {
            decoder = NimbusJwtDecoder.withIssuerLocation(jwt.getIssuerUri()).build();
        } else {
            throw new IllegalStateException("Set spring.security.oauth2.resourceserver.jwt.public-key-location, "
                    + "jwk-set-uri or issuer-uri");
        }
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator());
        if (jwt.getIssuerUri() != null && !jwt.getIssuerUri().isBlank()) {
            validators.add(new JwtIssuerValidator(jwt.getIssuerUri()));
        }
        List<String> audiences = jwt.getAudiences();
        if (audiences != null && !audiences.isEmpty()) {
            validators.add(new JwtClaimValidator<List<String>>(
                    JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
        }
        validators.add(
                new JwtClaimValidator<Object>(ORGANIZATION_CLAIM, org -> org instanceof String s && !s.isBlank()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** {@code roles: [viewer|recruiter|admin]} → authorities, each role implying the lesser ones. */
    static JwtAuthenticationConverter authenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(SecurityConfiguration::authorities);
        return converter;
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<String> roles = jwt.hasClaim(ROLES_CLAIM) ? jwt.getClaimAsStringList(ROLES_CLAIM) : List.of();
        Set<String> granted = new LinkedHashSet<>();
        for (String role : roles) {
            switch (role.toLowerCase(java.util.Locale.ROOT)) {
                case "admin" -> granted.addAll(List.of("ROLE_ADMIN", "ROLE_RECRUITER", "ROLE_VIEWER"));
                case "recruiter" -> granted.addAll(List.of("ROLE_RECRUITER", "ROLE_VIEWER"));
                case "viewer" -> granted.add("ROLE_VIEWER");
                default -> {
                    // Unknown roles grant nothing.
                }
            }
        }
        return granted.stream()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }
}
