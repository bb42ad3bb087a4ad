package dev.ascctl.asc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AscApiExceptionTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    static List<ApiError> recorded(String name) throws Exception {
        return ApiError.listFrom(JSON.readTree(Files.readString(DocumentTest.recordedDir().resolve(name))));
    }

    static List<ApiError> errors(String json) {
        return ApiError.listFrom(JSON.readTree(json));
    }

    @Test
    void whatsNewOnFirstVersion() {
        List<ApiError> errors = errors("""
                {"errors":[{"status":"409","code":"STATE_ERROR","title":"t","detail":"d",
                 "source":{"pointer":"/data/attributes/whatsNew"}}]}""");

        String message = new AscApiException(409, errors, "PATCH", "/v1/appStoreVersionLocalizations/abc").getMessage();

        assertThat(message).contains("whatsNew can't be set on an app's first version; remove it from locales/*.yaml"
                + " for this version").contains("appStoreVersionLocalizations abc");
    }

    @Test
    void invalidRelationshipNamesTheRelationshipEvenWithoutDetail() throws Exception {
        String message = new AscApiException(409, recorded("fl_error_409_ENTITY_ERROR_RELATIONSHIP_INVALID_no_detail.json"),
                "PATCH", "/v1/appInfos/9").getMessage();

        assertThat(message).contains("Relationship 'primarySubcategoryOne' of appInfos 9").contains("app.yaml");
    }

    @Test
    void pendingAgreementsPointToBusiness() throws Exception {
        String message = new AscApiException(403, recorded("cm_error_403_FORBIDDEN_agreements_links_see.json"),
                "GET", "/v1/apps").getMessage();

        assertThat(message).contains("agreement").contains("Business");
    }

    @Test
    void anExpiredMembershipSaysToRenewIt() throws Exception {
        String message = new AscApiException(403, recorded("fl_error_403_FORBIDDEN_ERROR_membership_expired.json"),
                "GET", "/v1/apps/123").getMessage();

        assertThat(message).contains("membership is not active").contains("renew").doesNotContain("Business");
    }

    @Test
    void forbiddenTalksAboutTheKeysRoleAndAccessNotAMissingApp() {
        String message = new AscApiException(403, errors("""
                {"errors":[{"status":"403","code":"FORBIDDEN_ERROR","title":"This request is forbidden for security reasons",
                 "detail":"The API key in use does not allow this request"}]}"""), "PATCH", "/v1/apps/123").getMessage();

        assertThat(message).contains("apps 123").contains("role").contains("no access to this app")
                .doesNotContain("does not exist");
    }

    @Test
    void aStateConflictSaysWhatStateMeansAndDoesNotSayCreateANewVersion() {
        String message = new AscApiException(409, errors("""
                {"errors":[{"status":"409","code":"STATE_ERROR","title":"The request cannot be fulfilled because of the state of another resource.",
                 "detail":"The version is in review"}]}"""), "PATCH", "/v1/appStoreVersions/v1").getMessage();

        assertThat(message).contains("in review").contains("Nothing was changed").contains("Run plan again")
                .doesNotContain("Create a new version");
    }

    @Test
    void unauthorizedExplainsClockKeyIdAndIssuer() {
        String message = new AscApiException(401, errors("""
                {"errors":[{"status":"401","code":"NOT_AUTHORIZED","title":"Authentication credentials are missing or invalid.",
                 "detail":"Provide a properly configured and signed bearer token"}]}"""), "GET", "/v1/apps").getMessage();

        assertThat(message).contains("clock").contains("key id").contains("issuer id");
    }

    @Test
    void refusedSubmissionListsAppleAssociatedErrorsOneLinePerObjectAndField() throws Exception {
        String message = new AscApiException(409,
                recorded("cm_error_409_STATE_ERROR_ENTITY_STATE_INVALID_associatedErrors.json"),
                "POST", "/v1/reviewSubmissionItems").getMessage();

        assertThat(message).contains("App Review refuses the submission: the content listed below is incomplete")
                .doesNotContain("only a version being prepared");
        String localization = "appStoreVersionLocalizations 253cf0c8-8057-49b7-be16-3b1cc78837e5: ";
        assertThat(message.lines().map(String::strip).filter(l -> l.startsWith(localization))).containsExactly(
                localization + "description: You must provide a value for the attribute 'description' with this request"
                        + " [ENTITY_ERROR.ATTRIBUTE.REQUIRED]",
                localization + "keywords: You must provide a value for the attribute 'keywords' with this request"
                        + " [ENTITY_ERROR.ATTRIBUTE.REQUIRED]",
                localization + "supportUrl: You must provide a value for the attribute 'supportUrl' with this request"
                        + " [ENTITY_ERROR.ATTRIBUTE.REQUIRED]");
    }

    @Test
    void associatedErrorsWithoutIdOrDetailAreListedAndKnownObjectsNamed() throws Exception {
        AscApiException e = new AscApiException(409,
                recorded("fl_error_409_STATE_ERROR_submit_for_review_associatedErrors.json"),
                "PATCH", "/v1/reviewSubmissions/abc");
        String message = e.naming(KnownObjects.of(Map.of(
                "/v1/builds/d710b6fa-5235-4fe4-b791-2b80d6818db0", "build 250"))).getMessage();

        assertThat(message.lines().map(String::strip)).contains(
                "appScreenshots: App screenshot missing (APP_WATCH_SERIES_4). [STATE_ERROR.SCREENSHOT_REQUIRED.APP_WATCH_SERIES_4]",
                "build 250 (builds d710b6fa-5235-4fe4-b791-2b80d6818db0): usesNonExemptEncryption: You must provide a"
                        + " value for the attribute 'usesNonExemptEncryption' with this request [ENTITY_ERROR.ATTRIBUTE.REQUIRED]");
        assertThat(e.getMessage()).contains("builds d710b6fa-5235-4fe4-b791-2b80d6818db0: usesNonExemptEncryption")
                .doesNotContain("build 250");
    }

    @Test
    void duplicateSaysReRunPlanToAdopt() {
        String message = new AscApiException(409, errors("""
                {"errors":[{"status":"409","code":"ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE","title":"t",
                 "detail":"An attribute value has already been used","source":{"pointer":"/data/attributes/locale"}}]}"""),
                "POST", "/v1/appInfoLocalizations").getMessage();

        assertThat(message).contains("a new appInfoLocalizations already exists").contains("adopt");
    }

    @Test
    void notFoundPointerWithoutLeadingSlashIsNormalised() throws Exception {
        List<ApiError> errors = recorded("cm_error_404_NOT_FOUND.json");

        assertThat(errors.get(0).sourcePointer()).isEqualTo("/data/id");
        assertThat(new AscApiException(404, errors, "GET", "/v1/bundleIds/X").getMessage())
                .contains("bundleIds X was not found");
    }

    @Test
    void badQueryParameterIsNamed() throws Exception {
        assertThat(new AscApiException(400, recorded("fl_error_400_PARAMETER_ERROR_INVALID_sort.json"), "GET",
                "/v1/builds?sort=uploadedDate3").getMessage()).contains("Query parameter 'sort'");
    }

    @Test
    void codesMatchByPrefix() throws Exception {
        AscApiException e = new AscApiException(409,
                recorded("fl_error_409_STATE_ERROR_submit_for_review_associatedErrors.json"), "POST", "/v1/reviewSubmissionItems");

        assertThat(e.hasCode("STATE_ERROR")).isTrue();
        assertThat(e.hasCode("STATE")).isFalse();
        assertThat(e.errors().get(0).associatedErrors()).containsKey("/v1/appScreenshots/");
    }
}
