namespace Remnant.Cli.Tests.Infrastructure;

/// <summary>Inputs shared by several suites.</summary>
public static class Fixtures
{
    /// <summary>A real 1x1 PNG: accepted as evidence by its bytes.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>Records that hang from the demo case and use every part of the JSON format: an
    /// evidence file whose bytes are not included, a retracted reading and the reading that
    /// supersedes it, and a custody hand-over given with a local offset.</summary>
    public const string DemoAdditions = """
        {
          "format": "remnant-exchange",
          "version": 1,
          "evidenceFiles": [
            { "id": "file-photo-1", "sha256": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0", "size": 1234,
              "mediaType": "image/jpeg", "originalName": "actuator.jpg", "itemId": "demo-item-2024-08-18-actuator-1",
              "recoveryId": "demo-rec-2024-08-18-kyiv", "caption": "Jet-vane actuator", "capturedAt": "2024-08-19T10:12:00",
              "gpsLatitude": 50.6, "gpsLongitude": 30.5, "present": true, "isIllustration": false,
              "uploadedAt": "2026-11-01T08:00:00+00:00", "uploadedBy": "field team" }
          ],
          "markings": [
            { "id": "mark-old", "itemId": "demo-item-2024-08-18-actuator-2", "text": "118", "method": "stencilled", "legibility": "poor",
              "createdAt": "2026-11-01T08:00:00+00:00", "createdBy": "field team",
              "retractedAt": "2026-11-02T08:00:00+00:00", "retractedBy": "reviewer", "retractionReason": "Misread: the photo shows 113." },
            { "id": "mark-new", "itemId": "demo-item-2024-08-18-actuator-2", "text": "113", "supersedesId": "mark-old",
              "evidenceFileId": "file-photo-1", "createdAt": "2026-11-02T08:00:00+00:00", "createdBy": "reviewer" }
          ],
          "custodyEvents": [
            { "id": "custody-1", "itemId": "demo-item-2024-08-18-actuator-1", "fromHolder": "Field team", "toHolder": "Kyiv laboratory",
              "occurredAt": "2024-08-20T09:30:00+03:00", "place": "Kyiv", "purpose": "Examination",
              "recordedAt": "2026-11-01T08:00:00+00:00", "recordedBy": "field team" }
          ]
        }
        """;
}
