namespace SharpCharge.Csms.Tests.Import;

/// <summary>One small fleet written as JSON and as CSV (the same records), for the import tests.</summary>
internal static class ImportSamples
{
    public const string Json = """
        {
          "stations": [
            {"id": "JEJU-CITY", "name": "Jeju-si Centre", "address": "Jungang-ro, Jeju-si",
             "latitude": 33.499621, "longitude": 126.531188, "capacityKw": 1200,
             "tariff": {"pricePerKwh": 347.2, "currency": "KRW", "sessionFee": 500}}
          ],
          "chargers": [
            {"id": "JJC-01", "stationId": "JEJU-CITY", "ocppVersion": "2.0.1", "maxPowerKw": 100, "dc": true, "vendor": "Hallasan Power", "model": "HP-DC100", "latitude": 33.4998, "longitude": 126.5313},
            {"id": "JJC-02", "stationId": "JEJU-CITY", "ocppVersion": "1.6", "maxPowerKw": 100, "dc": true, "vendor": "Hallasan Power", "model": "HP-DC100"}
          ],
          // Comments are allowed: operators edit this file by hand.
          "tokens": [
            {"value": "04A1B2C3D4E5F6", "type": "ISO14443", "groupId": "JEJU-TAXI"},
            {"value": "04FFEEDDCCBBAA", "status": "Blocked"},
            {"value": "04000000000001", "status": "Expired", "expiresAt": "2025-12-31T15:00:00Z"},
          ]
        }
        """;

    public const string Csv = """
        record,id,name,address,latitude,longitude,capacityKw,pricePerKwh,currency,sessionFee,stationId,ocppVersion,maxPowerKw,dc,vendor,model,value,type,status,groupId,expiresAt
        # Sites first; the order does not matter, stations are imported before chargers anyway.
        station,JEJU-CITY,Jeju-si Centre,"Jungang-ro, Jeju-si",33.499621,126.531188,1200,347.2,KRW,500,,,,,,,,,,,
        charger,JJC-01,,,33.4998,126.5313,,,,,JEJU-CITY,2.0.1,100,true,Hallasan Power,HP-DC100,,,,,
        charger,JJC-02,,,,,,,,,JEJU-CITY,1.6,100,true,Hallasan Power,HP-DC100,,,,,
        token,,,,,,,,,,,,,,,,04A1B2C3D4E5F6,ISO14443,,JEJU-TAXI,
        token,,,,,,,,,,,,,,,,04FFEEDDCCBBAA,,Blocked,,
        token,,,,,,,,,,,,,,,,04000000000001,,Expired,,2025-12-31T15:00:00Z
        """;
}
