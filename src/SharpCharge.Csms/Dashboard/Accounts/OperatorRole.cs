namespace SharpCharge.Csms.Dashboard.Accounts;

/// <summary>What a dashboard operator may do. Stored by name.</summary>
internal enum OperatorRole
{
    /// <summary>Looks at everything, changes nothing: command buttons and forms are disabled.</summary>
    Viewer,

    /// <summary>Also sends commands to chargers and edits id tokens.</summary>
    Admin,
}
