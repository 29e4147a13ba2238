namespace SharpCharge.Station.Configuration;

/// <summary>How a setting's text value is checked when written (1.6 §9 types, 2.x dataType).</summary>
internal enum SettingType
{
    /// <summary>A whole number between the definition's bounds.</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>, any case.</summary>
    Boolean,

    /// <summary>Free text of at most 500 characters (1.6 CiString500).</summary>
    Text,

    /// <summary>A comma-separated set of measurands the station can measure (1.6 CSL, 2.x MemberList).</summary>
    MeasurandList,

    /// <summary>A comma-separated set of values from the definition's list.</summary>
    MemberList,
}
