using Blueindic.Api.Settings;
using Blueindic.Domain.Business;
using Blueindic.Domain.Reminders;
using static Blueindic.Api.OpenApi.ExampleJson;

namespace Blueindic.Api.OpenApi.Examples;

/// <summary>Estudio Ruiz's settings: its profile as invoices show it, its reminders, its alert window, its certificate.</summary>
internal sealed class SettingsExamples : IOpenApiExamples
{
    private const string Profile = """
        {
          "taxId": "12345678Z", "tradeName": "Estudio Ruiz", "legalName": "Ruiz y Asociados SL",
          "address": {"line1": "Calle de Alcalá 48", "city": "Madrid", "postalCode": "28014", "province": "Madrid", "country": "ES"},
          "email": "hola@estudioruiz.example", "phone": "+34 915 550 148", "iban": "ES9121000418450200051332", "website": "https://estudioruiz.example",
          "defaultPaymentTermsDays": 30, "defaultSeries": "F",
          "logo": {"mediaType": "image/png", "bytes": 18342, "url": "/api/settings/business/logo"},
          "version": 2
        }
        """;

    public void AddTo(ExampleBook book) => book
        .Schema<BusinessProfileInput>("""
            {
              "tradeName": "Estudio Ruiz", "legalName": "Ruiz y Asociados SL",
              "address": {"line1": "Calle de Alcalá 48", "city": "Madrid", "postalCode": "28014", "province": "Madrid"},
              "email": "hola@estudioruiz.example", "phone": "+34 915 550 148", "iban": "ES91 2100 0418 4502 0005 1332",
              "website": "estudioruiz.example", "defaultPaymentTermsDays": 30, "defaultSeries": "F"
            }
            """)
        .Invalid<BusinessProfileInput>(Problem(400, "The request is not valid.", "A web address such as https://www.example.es (http or https).",
            """{ "errors": { "website": ["A web address such as https://www.example.es (http or https)."] } }"""))
        .Schema<BusinessProfile>(Profile)
        .AnswerOf(typeof(ChangeBusinessProfileEndpoint), 200, Merged(Profile, """{ "version": 3 }"""))
        .AnswerOf(typeof(GetBusinessProfileHistoryEndpoint), 200, """
            [
              {
                "version": 2, "type": "BusinessLogoChanged", "timestamp": "2026-11-27T09:41:39.380+00:00",
                "data": {
                  "profileId": "01930006-5c1e-7a4b-9d2f-3e8b61a1826e", "sha256": "d312a294bf7192594e382eb76f8d266b38b233dede026933f3668c3df00292d9",
                  "mediaType": "image/png", "bytes": 18342
                },
                "user": "key:01930007-5c1e-7a4b-9d2f-3e8b61a1a1ab", "correlationId": "0dd4a42f0764cdf2287a07cf20d3709c", "causationId": null
              }
            ]
            """)
        .AnswerOf(typeof(SetBusinessLogoEndpoint), 400, Problem(400, "The request is not valid.", "A logo is at most 4096 × 4096 pixels; this one is 6000 × 4000.",
            """{ "errors": { "file": ["A logo is at most 4096 × 4096 pixels; this one is 6000 × 4000."] } }"""))
        .RequestOf(typeof(PatchBusinessProfileEndpoint), """{ "email": null, "website": "https://estudioruiz.es" }""")
        .RequestOf(typeof(PatchReminderSettingsEndpoint), """{ "steps": [{ "daysFromDue": -3, "kind": "upcoming" }, { "daysFromDue": 7, "kind": "overdue" }] }""")
        .RequestOf(typeof(PatchAlertSettingsEndpoint), """{ "alertWindowDays": 14 }""")
        .AnswerOf(typeof(PatchBusinessProfileEndpoint), 415, MergePatchOnly)
        .AnswerOf(typeof(PatchReminderSettingsEndpoint), 415, MergePatchOnly)
        .AnswerOf(typeof(PatchAlertSettingsEndpoint), 415, MergePatchOnly)
        .AnswerOf(typeof(SetBusinessLogoEndpoint), 415, Problem(415, "Unsupported media type",
            "A logo is a PNG or a JPEG image; this file is neither, or is cut short or damaged."))
        .ProblemUnder("/api/settings/business/logo", 404, Problem(404, "Not found", "No logo with that id."))
        .Schema<ReminderPolicyInput>("""
            {
              "enabled": true, "sendAt": "09:00",
              "steps": [{"daysFromDue": -3, "kind": "upcoming"}, {"daysFromDue": 7, "kind": "overdue"}, {"daysFromDue": 30, "kind": "formalClaim"}]
            }
            """)
        .Invalid<ReminderPolicyInput>(Problem(400, "The request is not valid.", "An hour as HH:mm, from 00:00 to 23:59.",
            """{ "errors": { "sendAt": ["An hour as HH:mm, from 00:00 to 23:59."] } }"""))
        .Schema<ReminderSettings>("""
            {
              "enabled": true, "sendAt": "09:00",
              "steps": [{"daysFromDue": -3, "kind": "upcoming"}, {"daysFromDue": 7, "kind": "overdue"}, {"daysFromDue": 30, "kind": "formalClaim"}],
              "version": 1
            }
            """)
        .Schema<AlertSettings>("""{ "alertWindowDays": 10 }""")
        .Invalid<AlertSettings>(Problem(400, "The request is not valid.", "The alert window is 1 to 90 days.",
            """{ "errors": { "alertWindowDays": ["The alert window is 1 to 90 days."] } }"""))
        .Schema<BusinessCertificateView>("""
            {
              "subject": "CN=RUIZ GARCIA ANA - 12345678Z, SERIALNUMBER=IDCES-12345678Z, G=ANA, SN=RUIZ GARCIA, C=ES",
              "taxId": "12345678Z", "taxIdMatchesBusiness": true,
              "issuer": "CN=AC FNMT Usuarios, OU=Ceres, O=FNMT-RCM, C=ES",
              "notBefore": "2025-03-10T09:12:44+00:00", "notAfter": "2029-03-10T09:12:44+00:00",
              "thumbprint": "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08", "expired": false, "version": 3
            }
            """)
        .AnswerOf(typeof(GetBusinessCertificateEndpoint), 404, Problem(404, "Not found", "This business has no signing certificate installed."))
        .AnswerOf(typeof(SetBusinessCertificateEndpoint), 400, Problem(400, "The request is not valid.", "No file in the field named 'file'.",
            """{ "errors": { "file": ["No file in the field named 'file'."] } }"""))
        .AnswerOf(typeof(SetBusinessCertificateEndpoint), 422, Problem(422, "The request is not valid.", "The password does not open this certificate file.",
            """{ "errors": { "password": ["The password does not open this certificate file."] } }"""));
}
