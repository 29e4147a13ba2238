using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Simulator.Conformance.Dsl;
using static SharpCharge.Simulator.Conformance.Cases.V201.V201ProvisioningCases;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>Block L, firmware, and block N, logs (Part 6 TC_L_*_CSMS, TC_N_*_CSMS).</summary>
internal static class V201FirmwareAndDiagnosticsCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_L_01_CSMS", "Secure Firmware Update - Installation successful", s => Firmware(s,
            FirmwareStatusEnumType.Downloading, FirmwareStatusEnumType.Downloaded, FirmwareStatusEnumType.SignatureVerified, FirmwareStatusEnumType.Installing, FirmwareStatusEnumType.Installed));
        yield return Case("TC_L_07_CSMS", "Secure Firmware Update - DownloadFailed", s => Firmware(s,
            FirmwareStatusEnumType.Downloading, FirmwareStatusEnumType.DownloadFailed));
        yield return Case("TC_L_09_CSMS", "Secure Firmware Update - InstallationFailed", s => Firmware(s,
            FirmwareStatusEnumType.Downloading, FirmwareStatusEnumType.Downloaded, FirmwareStatusEnumType.SignatureVerified, FirmwareStatusEnumType.Installing, FirmwareStatusEnumType.InstallationFailed));

        yield return Case("TC_N_25_CSMS", "Retrieve Log Information - Diagnostics Log - Success", s => Log(s, "DiagnosticsLog", LogEnumType.DiagnosticsLog, LogStatusEnumType.Accepted));
        yield return Case("TC_N_34_CSMS", "Retrieve Log Information - Rejected", s => Log(s, "DiagnosticsLog", LogEnumType.DiagnosticsLog, LogStatusEnumType.Rejected));
        yield return Case("TC_N_35_CSMS", "Retrieve Log Information - Security Log - Success", s => Log(s, "SecurityLog", LogEnumType.SecurityLog, LogStatusEnumType.Accepted));
    }

    private static void Firmware(CaseScript s, params FirmwareStatusEnumType[] progress)
    {
        s.Booted();
        s.Operator("Request the CSMS to update the firmware", (api, st) => api.Post("firmware", new JsonObject
        {
            ["location"] = "https://firmware.example.com/sc-ct-1.0.1.bin",
            ["retrieve_at"] = st.Now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        }));
        s.ExpectCall(V201Actions.UpdateFirmware)
            .Where(r => r.Firmware.Location.Length > 0)
            .Then((st, r) => st.RequestId = r.RequestId)
            .Reply(_ => new UpdateFirmwareResponse { Status = UpdateFirmwareStatusEnumType.Accepted });
        foreach (var status in progress)
        {
            s.Send(st => new FirmwareStatusNotificationRequest { Status = status, RequestId = st.RequestId });
        }
    }

    private static void Log(CaseScript s, string apiLogType, LogEnumType expected, LogStatusEnumType answer)
    {
        s.Booted();
        s.Operator($"Request the CSMS to retrieve the {expected}", api => api.Post("diagnostics", new JsonObject { ["location"] = "https://logs.example.com/upload", ["log_type"] = apiLogType }));
        s.ExpectCall(V201Actions.GetLog)
            .Where(r => r.LogType == expected && r.Log.RemoteLocation.Length > 0)
            .Then((st, r) => st.RequestId = r.RequestId)
            .Reply(_ => new GetLogResponse { Status = answer, Filename = answer == LogStatusEnumType.Accepted ? "station.log" : null });
        if (answer == LogStatusEnumType.Accepted)
        {
            s.Send(st => new LogStatusNotificationRequest { Status = UploadLogStatusEnumType.Uploading, RequestId = st.RequestId });
            s.Send(st => new LogStatusNotificationRequest { Status = UploadLogStatusEnumType.Uploaded, RequestId = st.RequestId });
        }
    }
}
