using System.Text;
using SharpCharge.Ocpp;

namespace SharpCharge.Bench;

/// <summary>The incoming frames the benchmarks feed, as a charger would send them.</summary>
internal static class BenchFrames
{
    public static byte[] Heartbeat => """[2,"19223201","Heartbeat",{}]"""u8.ToArray();

    /// <summary>A MeterValues CALL with one meter value of 10 sampled values (energy, power, 3 currents, 3 voltages, SoC, temperature or frequency).</summary>
    public static byte[] MeterValues(OcppVersion version)
    {
        var is16 = version == OcppVersion.V16;
        var samples = new[]
        {
            Sample("Energy.Active.Import.Register", "12345.6", "Wh", null, is16),
            Sample("Power.Active.Import", "7200", "W", null, is16),
            Sample("Current.Import", "31.2", "A", "L1", is16),
            Sample("Current.Import", "31.0", "A", "L2", is16),
            Sample("Current.Import", "30.9", "A", "L3", is16),
            Sample("Voltage", "230.1", "V", "L1-N", is16),
            Sample("Voltage", "229.8", "V", "L2-N", is16),
            Sample("Voltage", "231.0", "V", "L3-N", is16),
            Sample("SoC", "54", "Percent", null, is16),
            // 2.x dropped the Temperature measurand; Frequency is in every version.
            is16 ? Sample("Temperature", "31.5", "Celsius", null, is16) : Sample("Frequency", "50.01", "Hz", null, is16),
        };
        var payload = is16
            ? $$"""{"connectorId":1,"transactionId":42,"meterValue":[{"timestamp":"2025-06-01T12:00:00Z","sampledValue":[{{string.Join(",", samples)}}]}]}"""
            : $$"""{"evseId":1,"meterValue":[{"timestamp":"2025-06-01T12:00:00Z","sampledValue":[{{string.Join(",", samples)}}]}]}""";
        return Encoding.UTF8.GetBytes($$"""[2,"19223202","MeterValues",{{payload}}]""");
    }

    /// <summary>2.x TransactionEvent(Started) with an id token and two sampled values; 1.6 StartTransaction, its counterpart.</summary>
    public static byte[] Transaction(OcppVersion version) => version == OcppVersion.V16
        ? """[2,"19223203","StartTransaction",{"connectorId":1,"idTag":"04A1B2C3D4","meterStart":12345,"timestamp":"2025-06-01T12:00:00Z"}]"""u8.ToArray()
        : """[2,"19223203","TransactionEvent",{"eventType":"Started","timestamp":"2025-06-01T12:00:00Z","triggerReason":"Authorized","seqNo":0,"transactionInfo":{"transactionId":"TX-0001","chargingState":"Charging"},"idToken":{"idToken":"04A1B2C3D4","type":"ISO14443"},"evse":{"id":1,"connectorId":1},"meterValue":[{"timestamp":"2025-06-01T12:00:00Z","sampledValue":[{"value":12345.6,"measurand":"Energy.Active.Import.Register","unitOfMeasure":{"unit":"Wh"}},{"value":7200,"measurand":"Power.Active.Import"}]}]}]"""u8.ToArray();

    private static string Sample(string measurand, string value, string unit, string? phase, bool is16)
    {
        var phasePart = phase is null ? "" : $$""","phase":"{{phase}}" """.TrimEnd();
        return is16
            ? $$"""{"value":"{{value}}","context":"Sample.Periodic","measurand":"{{measurand}}","unit":"{{unit}}","location":"Outlet"{{phasePart}}}"""
            : $$"""{"value":{{value}},"context":"Sample.Periodic","measurand":"{{measurand}}","unitOfMeasure":{"unit":"{{unit}}"},"location":"Outlet"{{phasePart}}}""";
    }
}
