package dev.shortlist.query.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI description at {@code /v3/api-docs}, UI at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // The organization comes from the token, not from a request parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(OrganizationId.class);
    }

    @Bean
    OpenAPI shortlistQueryApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Shortlist query API")
                                .version("v1")
                                .description(
                                        "Read side of Shortlist: rankings, explanations, profiles, history, search, analytics and "
                                                + "live batch progress. Every answer is scoped to the organization of the bearer token."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
