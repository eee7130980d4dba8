package dev.shortlist.query.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * One filter chain for the API: JWT bearer tokens (audience {@code shortlist}, configurable
 * issuer, a required {@code org_id} claim), any Shortlist role may read (viewer ⊂ recruiter ⊂
 * admin), health and the OpenAPI description are open, everything else is denied. Failures are
 * answered as problem details.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final Set<String> ROLES = Set.of("viewer", "recruiter", "admin");

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAnyRole("VIEWER", "RECRUITER", "ADMIN")
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            write(json, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                                    "A valid bearer token of the Shortlist audience with an org_id claim is required."));
                        })
                        .accessDeniedHandler((request, response, e) -> write(json, response, Problems.of(
                                HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                                "The token's roles do not allow this request."))))
                .exceptionHandling(Customizer.withDefaults());
        return http.build();
    }

    private static void write(JsonMapper json, jakarta.servlet.http.HttpServletResponse response, ProblemDetail problem)
            throws java.io.IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** {@code roles: ["viewer"]} → authority {@code ROLE_VIEWER}; unknown roles are ignored. */
    static JwtAuthenticationConverter authenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> roles = jwt.getClaimAsStringList("roles");
            Collection<GrantedAuthority> authorities = roles == null ? List.of() : roles.stream()
                    .filter(ROLES::contains)
                    .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.toUpperCase()))
                    .toList();
            return authorities;
        });
        return converter;
    }

    /** A token without an organization cannot be scoped: rejected (401) like an invalid one. */
    @Bean
    OAuth2TokenValidator<Jwt> organizationClaimValidator() {
        return jwt -> {
            String org = jwt.getClaimAsString(OrganizationId.CLAIM);
            return org == null || org.isBlank()
                    ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "missing org_id claim", null))
                    : OAuth2TokenValidatorResult.success();
        };
    }

    /**
     * Boot builds the decoder (key, audiences, the validators above); this keeps the tokens it
     * accepted, so a client's repeated token is verified once rather than on every request.
     */
    @Bean
    static BeanPostProcessor verifiedTokenCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokenCache)
                        ? new VerifiedTokenCache(decoder, 10_000, Duration.ofMinutes(5), Clock.systemUTC())
                        : bean;
            }
        };
    }

    /** The expected issuer (the local development issuer by default; an OIDC provider's in production). */
    @Bean
    OAuth2TokenValidator<Jwt> issuerValidator(@Value("${shortlist.security.issuer}") String issuer) {
        return new JwtIssuerValidator(issuer);
    }
}
