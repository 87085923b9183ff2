<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OC Numbers</source>
        <translation>À propos d&apos;OC Numbers</translation>
    </message>
    <message>
        <source>OC Numbers</source>
        <translation>OC Numbers</translation>
    </message>
    <message>
        <source>Browse, filter and export Microsoft Teams Operator Connect numbers from AudioCodes Live Platform.</source>
        <translation>Parcourez, filtrez et exportez les numéros Operator Connect de Microsoft Teams depuis AudioCodes Live Platform.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Version %1 · built with Qt %2, running on Qt %3</source>
        <translation>Version %1 · compilée avec Qt %2, exécutée avec Qt %3</translation>
    </message>
    <message>
        <source>OC Numbers is free software under the MIT licence. It is built with:</source>
        <translation>OC Numbers est un logiciel libre sous licence MIT. Il utilise&#xa0;:</translation>
    </message>
    <message>
        <source>GNU LGPL version 3 (Qt Base, Network, Network Authorization, HTTP Server)</source>
        <translation>GNU LGPL version 3 (Qt Base, Network, Network Authorization, HTTP Server)</translation>
    </message>
    <message>
        <source>BSD 3-Clause licence</source>
        <translation>Licence BSD à 3 clauses</translation>
    </message>
    <message>
        <source>Apache License 2.0 or MIT licence</source>
        <translation>Licence Apache 2.0 ou licence MIT</translation>
    </message>
    <message>
        <source>Microsoft, Teams and Entra are trademarks of Microsoft Corporation; AudioCodes and Live Platform are trademarks of AudioCodes Ltd. OC Numbers is not affiliated with either.</source>
        <translation>Microsoft, Teams et Entra sont des marques de Microsoft Corporation&#xa0;; AudioCodes et Live Platform sont des marques d&apos;AudioCodes Ltd. OC Numbers n&apos;est affilié à aucune de ces sociétés.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Every request this window made, newest last: where it went, how it ended and the server&apos;s error ticket. No token, secret or code is kept.</source>
        <translation>Chaque requête faite par cette fenêtre, la plus récente en dernier&#xa0;: sa destination, son issue et le ticket d&apos;erreur du serveur. Aucun jeton, secret ou code n&apos;est conservé.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copies every request as tab-separated text, for a support case</source>
        <translation>Copie toutes les requêtes en texte séparé par des tabulations, pour un dossier de support</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Error ticket</source>
        <translation>Ticket d&apos;erreur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>BrowserTokenSource</name>
    <message>
        <source>OC Numbers is not waiting for a sign-in.</source>
        <translation>OC Numbers n&apos;attend aucune connexion.</translation>
    </message>
    <message>
        <source>The sign-in did not complete: %1</source>
        <translation>La connexion n&apos;a pas abouti&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer held no authorization code.</source>
        <translation>La réponse ne contenait aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The sign-in page came back without an authorization code.</source>
        <translation>La page de connexion n&apos;a renvoyé aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation>Échec de la connexion (%1).</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid. Sign in again.</source>
        <translation>La session enregistrée n&apos;est plus valide. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in service refused the token request (%1).</source>
        <translation>Le service de connexion a refusé la demande de jeton (%1).</translation>
    </message>
    <message>
        <source>The sign-in was not finished in time. Start it again.</source>
        <translation>La connexion n&apos;a pas été terminée à temps. Recommencez.</translation>
    </message>
    <message>
        <source>Cannot open a loopback port for the sign-in answer. Use device-code sign-in instead.</source>
        <translation>Impossible d&apos;ouvrir un port de bouclage pour la réponse de connexion. Utilisez plutôt la connexion par code d&apos;appareil.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with the browser first.</source>
        <translation>Non connecté. Connectez-vous d&apos;abord dans le navigateur.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in progress; it was ignored. Finish the sign-in in the tab that OC Numbers opened.</source>
        <translation>Cette réponse ne correspond pas à la connexion en cours&#xa0;; elle a été ignorée. Terminez la connexion dans l&apos;onglet ouvert par OC Numbers.</translation>
    </message>
    <message>
        <source>The sign-in was not started: %1</source>
        <translation>La connexion n&apos;a pas été démarrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChangesWindow</name>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Type de changement</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Champ&#xa0;:</translation>
    </message>
    <message>
        <source>Changed field</source>
        <translation>Champ modifié</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparaison en cours</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Aucune différence</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the changes shown to a CSV file or an Excel workbook</source>
        <translation>Écrire les changements affichés dans un fichier CSV ou un classeur Excel</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Changements de %1 à %2</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Comparaison de %1 avec %2…</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed</source>
        <translation>De %1 à %2&#xa0;: %3 ajoutés, %4 supprimés, %5 modifiés</translation>
    </message>
    <message>
        <source>, %1 duplicated</source>
        <translation>, %1 en double</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Tous les changements</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tous les champs</translation>
    </message>
    <message>
        <source>No changes match the filters</source>
        <translation>Aucun changement ne correspond aux filtres</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 affichés sur %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>Exporter les changements</translation>
    </message>
    <message>
        <source>Exported %1 changes to %2</source>
        <translation>%1 changements exportés vers %2</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsTokenSource</name>
    <message>
        <source>Signing in to %1 timed out. Check the network, or the authority URL in the connection profile.</source>
        <translation>La connexion à %1 a expiré. Vérifiez le réseau ou l&apos;URL de l&apos;autorité dans le profil de connexion.</translation>
    </message>
    <message>
        <source>Cannot reach %1 to sign in: %2. Check the network, or the authority URL in the connection profile.</source>
        <translation>Impossible de joindre %1 pour se connecter&#xa0;: %2. Vérifiez le réseau ou l&apos;URL de l&apos;autorité dans le profil de connexion.</translation>
    </message>
    <message>
        <source>The app registration %1 does not exist in directory %2. Check the client id and the directory (tenant) id of the connection profile.</source>
        <translation>L&apos;inscription d&apos;application %1 n&apos;existe pas dans l&apos;annuaire %2. Vérifiez l&apos;ID client et l&apos;ID de l&apos;annuaire (locataire) du profil de connexion.</translation>
    </message>
    <message>
        <source>The client secret is wrong (or is the secret&apos;s id instead of its value). Enter the secret&apos;s value again in the connection profile.</source>
        <translation>Le secret client est incorrect (ou c&apos;est l&apos;ID du secret au lieu de sa valeur). Saisissez à nouveau la valeur du secret dans le profil de connexion.</translation>
    </message>
    <message>
        <source>The client secret has expired. Create a new secret for the app registration and enter it in the connection profile.</source>
        <translation>Le secret client a expiré. Créez un nouveau secret pour l&apos;inscription d&apos;application et saisissez-le dans le profil de connexion.</translation>
    </message>
    <message>
        <source>The scope is not valid for this sign-in. It must be the Live Platform API&apos;s application ID URI followed by /.default.</source>
        <translation>L&apos;étendue n&apos;est pas valide pour cette connexion. Elle doit être l&apos;URI d&apos;ID d&apos;application de l&apos;API Live Platform suivi de /.default.</translation>
    </message>
    <message>
        <source>Directory %1 was not found. Check the directory (tenant) id of the connection profile.</source>
        <translation>L&apos;annuaire %1 est introuvable. Vérifiez l&apos;ID de l&apos;annuaire (locataire) du profil de connexion.</translation>
    </message>
    <message>
        <source>Sign-in was refused (%1): %2</source>
        <translation>La connexion a été refusée (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sign-in service answered HTTP %1 without an explanation. Check the authority URL of the connection profile.</source>
        <translation>Le service de connexion a répondu HTTP %1 sans explication. Vérifiez l&apos;URL de l&apos;autorité du profil de connexion.</translation>
    </message>
    <message>
        <source>The client secret was not sent: %1</source>
        <translation>Le secret client n&apos;a pas été envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez &apos;%1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>CommandLineSignIn</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>cannot read the client secret from standard input</source>
        <translation>impossible de lire le secret client sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>no client secret: set OCNUMBERS_CLIENT_SECRET or pass --client-secret-stdin</source>
        <translation>aucun secret client&#xa0;: définissez OCNUMBERS_CLIENT_SECRET ou utilisez --client-secret-stdin</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Which numbers were added, removed or changed from one load to another. Numbers are matched by telephone number.</source>
        <translation>Quels numéros ont été ajoutés, supprimés ou modifiés d&apos;un chargement à l&apos;autre. Les numéros sont appariés par numéro de téléphone.</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>A&amp;vant&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>F&amp;ichier…</translation>
    </message>
    <message>
        <source>Compare a saved Live Platform response or snapshot file</source>
        <translation>Comparer une réponse Live Platform enregistrée ou un fichier d&apos;instantané</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>A&amp;près&#xa0;:</translation>
    </message>
    <message>
        <source>Fi&amp;le…</source>
        <translation>Fic&amp;hier…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Compare a saved response</source>
        <translation>Comparer une réponse enregistrée</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>Choose a file for each side: nothing is shown and no snapshot is kept yet.</source>
        <translation>Choisissez un fichier pour chaque côté&#xa0;: rien n&apos;est affiché et aucun instantané n&apos;est encore conservé.</translation>
    </message>
    <message>
        <source>Before and after are the same; choose something else for one of them.</source>
        <translation>Avant et après sont identiques&#xa0;; choisissez autre chose pour l&apos;un des deux.</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>C&amp;onnection:</source>
        <translation>C&amp;onnexion&#xa0;:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gérer</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Gérer les connexions</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Compte connecté</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se conn&amp;ecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Se déconn&amp;ecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Customer tenant ID</source>
        <translation>ID de locataire du client</translation>
    </message>
    <message>
        <source>The customer&apos;s Microsoft tenant ID (msTenantId), a GUID</source>
        <translation>L&apos;ID de locataire Microsoft du client (msTenantId), un GUID</translation>
    </message>
    <message>
        <source>Load only numbers with this status</source>
        <translation>Charger uniquement les numéros ayant ce statut</translation>
    </message>
    <message>
        <source>v3 connections: ask the server for numbers of one status only</source>
        <translation>Connexions v3&#xa0;: demander au serveur les numéros d&apos;un seul statut</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>Char&amp;ger</translation>
    </message>
    <message>
        <source>Load numbers</source>
        <translation>Charger les numéros</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Signed out; the saved sign-in of this connection was removed.</source>
        <translation>Déconnecté&#xa0;; la session enregistrée de cette connexion a été supprimée.</translation>
    </message>
    <message>
        <source>Continue signing in in your browser…</source>
        <translation>Poursuivez la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant ID. Enter the customer&apos;s Microsoft tenant ID (msTenantId), a GUID like 7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de locataire. Saisissez l&apos;ID de locataire Microsoft du client (msTenantId), un GUID comme 7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>The demo connection cannot be edited.</source>
        <translation>La connexion de démonstration ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now signs in at other addresses, so the client secret and saved sign-in stored for the old ones were removed.</source>
        <translation>«&#xa0;%1&#xa0;» se connecte désormais à d&apos;autres adresses&#xa0;: le secret client et la session enregistrés pour les anciennes ont donc été supprimés.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot;? Its saved sign-in and client secret are removed from the keychain as well.</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;»&#xa0;? Sa session enregistrée et son secret client sont également supprimés du trousseau.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The base URL is missing (for example https://lp.example.net/tenantui).</source>
        <translation>L&apos;URL de base est manquante (par exemple https://lp.example.net/tenantui).</translation>
    </message>
    <message>
        <source>Base URL: %1</source>
        <translation>URL de base&#xa0;: %1</translation>
    </message>
    <message>
        <source>The base URL should end with the /tenantui segment of Live Platform.</source>
        <translation>L&apos;URL de base doit se terminer par le segment /tenantui de Live Platform.</translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation>Autorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>The directory must be your Entra tenant id (a GUID) or its .onmicrosoft.com domain.</source>
        <translation>L&apos;annuaire doit être l&apos;ID de votre locataire Entra (un GUID) ou son domaine .onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The client id must be the app registration&apos;s application (client) id, a GUID.</source>
        <translation>L&apos;ID client doit être l&apos;ID d&apos;application (client) de l&apos;inscription d&apos;application, un GUID.</translation>
    </message>
    <message>
        <source>The scope is missing.</source>
        <translation>L&apos;étendue est manquante.</translation>
    </message>
    <message>
        <source>With an app registration the scope must end with /.default (for example api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default).</source>
        <translation>Avec une inscription d&apos;application, l&apos;étendue doit se terminer par /.default (par exemple api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default).</translation>
    </message>
    <message>
        <source>The page size must be between 1 and 5000.</source>
        <translation>La taille de page doit être comprise entre 1 et 5000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; doit être une chaîne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; doit être un nombre entier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a profile file never holds secrets; enter the secret in the application.</source>
        <translation>&quot;%1&quot;&#xa0;: un fichier de profil ne contient jamais de secret&#xa0;; saisissez le secret dans l&apos;application.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>clé inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;api&quot; must be &quot;v2&quot; or &quot;v3&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;api&quot; doit valoir &quot;v2&quot; ou &quot;v3&quot;, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;signIn&quot; must be app-registration, browser or device-code, not &quot;%1&quot;.</source>
        <translation>&quot;signIn&quot; doit valoir app-registration, browser ou device-code, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the address holds a user name or password before an @, so requests would go to %1. Remove everything between :// and the @.</source>
        <translation>l&apos;adresse contient un nom d&apos;utilisateur ou un mot de passe avant un @, les requêtes iraient donc à %1. Supprimez tout ce qui se trouve entre :// et le @.</translation>
    </message>
    <message>
        <source>The name contains a control character (%1). Rename the connection.</source>
        <translation>Le nom contient un caractère de contrôle (%1). Renommez la connexion.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>ID de l&apos;annuaire</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>page number key</source>
        <translation>Paramètre de page</translation>
    </message>
    <message>
        <source>page size key</source>
        <translation>Paramètre de taille</translation>
    </message>
    <message>
        <source>status key</source>
        <translation>Paramètre de statut</translation>
    </message>
    <message>
        <source>The %1 contains a control character (%2).</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient un caractère de contrôle (%2).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation>Le délai doit être compris entre 1 et %1 secondes.</translation>
    </message>
    <message>
        <source>The answer size limit must be between 1 and %1 MB.</source>
        <translation>La taille maximale de réponse doit être comprise entre 1 et %1 Mo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; at most %3 are accepted. Shorten it in the file.</source>
        <translation>&quot;%1&quot; compte %2 caractères&#xa0;; %3 au maximum sont acceptés. Raccourcissez la valeur dans le fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a control character (%2 at position %3); profile fields are single lines of plain text. Remove it from the file.</source>
        <translation>&quot;%1&quot; contient un caractère de contrôle (%2 à la position %3)&#xa0;; les champs de profil sont une seule ligne de texte brut. Supprimez ce caractère du fichier.</translation>
    </message>
    <message>
        <source>&quot;timeoutSeconds&quot; is %1; it must be between 1 and %2 seconds. Correct it in the file.</source>
        <translation>&quot;timeoutSeconds&quot; vaut %1&#xa0;; la valeur doit être comprise entre 1 et %2 secondes. Corrigez-la dans le fichier.</translation>
    </message>
    <message>
        <source>&quot;maxBodyMegabytes&quot; is %1; it must be between 1 and %2 MB. Correct it in the file.</source>
        <translation>&quot;maxBodyMegabytes&quot; vaut %1&#xa0;; la valeur doit être comprise entre 1 et %2 Mo. Corrigez-la dans le fichier.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Nothing answers at %1: the connection was refused. Check the host name and port.</source>
        <translation>Rien ne répond à %1&#xa0;: la connexion a été refusée. Vérifiez le nom d&apos;hôte et le port.</translation>
    </message>
    <message>
        <source>The host %1 is not known. Check the address for typing errors.</source>
        <translation>L&apos;hôte %1 est inconnu. Vérifiez que l&apos;adresse ne contient pas de faute de frappe.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %Ln seconds. Check the address, and that no proxy or firewall blocks it.</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu en %Ln seconde. Vérifiez l&apos;adresse, et qu&apos;aucun proxy ni pare-feu ne la bloque.</numerusform>
            <numerusform>%1 n&apos;a pas répondu en %Ln secondes. Vérifiez l&apos;adresse, et qu&apos;aucun proxy ni pare-feu ne la bloque.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check the address; if it is right, this computer does not trust the server&apos;s certificate.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2. Vérifiez l&apos;adresse&#xa0;; si elle est correcte, cet ordinateur ne fait pas confiance au certificat du serveur.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>Impossible de joindre %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>(error ticket %1)</source>
        <translation>(ticket d&apos;erreur %1)</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Asking %1 and %2…</source>
        <translation>Interrogation de %1 et %2…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entra says: %1</source>
        <translation>Réponse d&apos;Entra&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 gave app registration %2 a token.</source>
        <translation>Connecté&#xa0;: %1 a délivré un jeton à l&apos;inscription d&apos;application %2.</translation>
    </message>
    <message>
        <source>Sign-in service: %1 Check the authority (https://login.microsoftonline.com for Microsoft Entra ID).</source>
        <translation>Service de connexion&#xa0;: %1 Vérifiez l&apos;autorité (https://login.microsoftonline.com pour Microsoft Entra ID).</translation>
    </message>
    <message>
        <source>The sign-in service at %1 answers, but: %2</source>
        <translation>Le service de connexion de %1 répond, mais&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sign-in service at %1 knows directory %2.</source>
        <translation>Le service de connexion de %1 connaît l&apos;annuaire %2.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 answers.</source>
        <translation>Le service de connexion de %1 répond.</translation>
    </message>
    <message>
        <source>Live Platform: %1</source>
        <translation>Live Platform&#xa0;: %1</translation>
    </message>
    <message>
        <source>Live Platform at %1 answers and asks for a sign-in, as expected.</source>
        <translation>Live Platform à %1 répond et demande une connexion, comme prévu.</translation>
    </message>
    <message>
        <source>Live Platform at %1 answers (HTTP %2; without a sign-in 401 was expected). If loading fails, check the address.</source>
        <translation>Live Platform à %1 répond (HTTP %2&#xa0;; sans connexion, 401 était attendu). Si le chargement échoue, vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Live Platform at %1 did not accept the token%2. The sign-in worked, so Live Platform trusts another app registration or expects another API: check the client id, the directory and the scope.</source>
        <translation>Live Platform à %1 n&apos;a pas accepté le jeton%2. La connexion a réussi&#xa0;: Live Platform approuve donc une autre inscription d&apos;application ou attend une autre API. Vérifiez l&apos;ID client, l&apos;annuaire et l&apos;étendue.</translation>
    </message>
    <message>
        <source>%1 answered with a web page (%2), not the Live Platform API. Check the address: it ends with /tenantui, like https://live.example.com/tenantui.</source>
        <translation>%1 a répondu par une page web (%2), pas par l&apos;API Live Platform. Vérifiez l&apos;adresse&#xa0;: elle se termine par /tenantui, comme https://live.example.com/tenantui.</translation>
    </message>
    <message>
        <source>Live Platform at %1 answered, but not like the %2 API. Check the API version.</source>
        <translation>Live Platform à %1 a répondu, mais pas comme l&apos;API %2. Vérifiez la version de l&apos;API.</translation>
    </message>
    <message>
        <source>Live Platform at %1 accepted the token and answered the %2 API.</source>
        <translation>Live Platform à %1 a accepté le jeton et a répondu via l&apos;API %2.</translation>
    </message>
    <message>
        <source>Live Platform at %1 accepted the token (it refused the test&apos;s made-up tenant with HTTP %2%3, as it may).</source>
        <translation>Live Platform à %1 a accepté le jeton (il a refusé le locataire fictif du test avec HTTP %2%3, ce qui est permis).</translation>
    </message>
    <message>
        <source>%1 has no %2 API at %3 (HTTP 404). Check that the address ends with /tenantui, and the API version.</source>
        <translation>%1 n&apos;a pas d&apos;API %2 à %3 (HTTP 404). Vérifiez que l&apos;adresse se termine par /tenantui, ainsi que la version de l&apos;API.</translation>
    </message>
    <message>
        <source>Live Platform at %1 answered HTTP %2%3. It may be having trouble: try again later.</source>
        <translation>Live Platform à %1 a répondu HTTP %2%3. Il rencontre peut-être des problèmes&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>The connection does not work yet.</source>
        <translation>La connexion ne fonctionne pas encore.</translation>
    </message>
    <message>
        <source>Both services answer.</source>
        <translation>Les deux services répondent.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>Your own sign-in (%1) is checked when you first load numbers.</source>
        <translation>Votre propre connexion (%1) sera vérifiée au premier chargement de numéros.</translation>
    </message>
    <message>
        <source>in the browser</source>
        <translation>dans le navigateur</translation>
    </message>
    <message>
        <source>with a device code</source>
        <translation>avec un code d&apos;appareil</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>The saved response; - reads standard input.</source>
        <translation>La réponse enregistrée&#xa0;; - lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>missing INPUT.json</source>
        <translation>INPUT.json manquant</translation>
    </message>
    <message>
        <source>only one input file is accepted</source>
        <translation>un seul fichier d&apos;entrée est accepté</translation>
    </message>
    <message>
        <source>Converts a saved Live Platform response (a v2 array, a v3 page, an array of v3 pages or several pages one after another) or a snapshot the window kept to CSV, .xlsx or normalized JSON.</source>
        <translation>Convertit une réponse Live Platform enregistrée (un tableau v2, une page v3, un tableau de pages v3 ou plusieurs pages à la suite) ou un instantané conservé par la fenêtre en CSV, en .xlsx ou en JSON normalisé.</translation>
    </message>
</context>
<context>
    <name>CountLabel</name>
    <message>
        <source>Numbers shown</source>
        <translation>Numéros affichés</translation>
    </message>
    <message>
        <source>%1 of %2 numbers shown</source>
        <translation>%1 numéros affichés sur %2</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incomplet)</translation>
    </message>
    <message>
        <source>No numbers loaded</source>
        <translation>Aucun numéro chargé</translation>
    </message>
    <message>
        <source>%1 numbers shown so far</source>
        <translation>%1 numéros affichés jusqu&apos;ici</translation>
    </message>
</context>
<context>
    <name>CsvExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>could not write: %1</source>
        <translation>échec de l&apos;écriture&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 rows</source>
        <translation>annulé après %1 lignes sur %2</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Demo (sandbox)</source>
        <translation>Démo (sandbox)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Number details</source>
        <translation>Détails du numéro</translation>
    </message>
    <message>
        <source>No number selected</source>
        <translation>Aucun numéro sélectionné</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation>Attribution&#xa0;:</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>MS tenant ID:</source>
        <translation>ID de locataire&#xa0;:</translation>
    </message>
    <message>
        <source>MS tenant ID</source>
        <translation>ID de locataire MS</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Calling profile ID:</source>
        <translation>Profil d&apos;appel&#xa0;:</translation>
    </message>
    <message>
        <source>Calling profile ID</source>
        <translation>ID du profil d&apos;appel</translation>
    </message>
    <message>
        <source>SBCs</source>
        <translation>SBC</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Emergency address</source>
        <translation>Adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Location ID:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>ID d&apos;emplacement</translation>
    </message>
    <message>
        <source>Civic address ID:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Civic address ID</source>
        <translation>ID d&apos;adresse</translation>
    </message>
    <message>
        <source>Dates (local time)</source>
        <translation>Dates (heure locale)</translation>
    </message>
    <message>
        <source>Acquired:</source>
        <translation>Acquis le&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé le&#xa0;:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Consented:</source>
        <translation>Consenti le&#xa0;:</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Consenti</translation>
    </message>
    <message>
        <source>Assignment checked:</source>
        <translation>Attribution vérifiée&#xa0;:</translation>
    </message>
    <message>
        <source>Assignment checked</source>
        <translation>Attribution vérifiée</translation>
    </message>
    <message>
        <source>Assignment changed:</source>
        <translation>Attribution modifiée&#xa0;:</translation>
    </message>
    <message>
        <source>Assignment changed</source>
        <translation>Attribution modifiée</translation>
    </message>
    <message>
        <source>Assignment sync:</source>
        <translation>Synchro attribution&#xa0;:</translation>
    </message>
    <message>
        <source>Assignment sync</source>
        <translation>Synchro attribution</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Code de vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Assignment verification code</source>
        <translation>Code de vérification de l&apos;attribution</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Upload entry ID:</source>
        <translation>Entrée d&apos;import&#xa0;:</translation>
    </message>
    <message>
        <source>Upload entry ID</source>
        <translation>ID d&apos;entrée d&apos;import</translation>
    </message>
    <message>
        <source>Upload job ID:</source>
        <translation>Tâche d&apos;import&#xa0;:</translation>
    </message>
    <message>
        <source>Upload job ID</source>
        <translation>ID de tâche d&apos;import</translation>
    </message>
    <message>
        <source>MS job ID:</source>
        <translation>Tâche MS&#xa0;:</translation>
    </message>
    <message>
        <source>MS job ID</source>
        <translation>ID de tâche MS</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Customer GUID:</source>
        <translation>GUID du client&#xa0;:</translation>
    </message>
    <message>
        <source>Customer GUID</source>
        <translation>GUID du client</translation>
    </message>
    <message>
        <source>Service full name:</source>
        <translation>Nom complet du service&#xa0;:</translation>
    </message>
    <message>
        <source>Service full name</source>
        <translation>Nom complet du service</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nom de l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>OC SIP connection:</source>
        <translation>Connexion SIP OC&#xa0;:</translation>
    </message>
    <message>
        <source>OC SIP connection</source>
        <translation>Connexion SIP OC</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>OC SIP connection description</source>
        <translation>Description de la connexion SIP OC</translation>
    </message>
    <message>
        <source>Tenant calling profile ID:</source>
        <translation>ID profil d&apos;appel locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant calling profile ID</source>
        <translation>ID du profil d&apos;appel du locataire</translation>
    </message>
    <message>
        <source>Channel ID:</source>
        <translation>ID du canal&#xa0;:</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>ID du canal</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>Raw JSON of the number</source>
        <translation>JSON brut du numéro</translation>
    </message>
    <message>
        <source>Copy the number&apos;s JSON to the clipboard</source>
        <translation>Copier le JSON du numéro dans le Presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation>Copier le &amp;JSON</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Not in the record</source>
        <translation>Absent de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>null in the record</source>
        <translation>null dans l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Shown as sent: not the type this field should have</source>
        <translation>Affiché tel quel&#xa0;: ce n&apos;est pas le type attendu pour ce champ</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Envoyé sous la forme %1</translation>
    </message>
    <message>
        <source>Empty text in the record</source>
        <translation>Texte vide dans l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Acquired</source>
        <comment>date the number was acquired</comment>
        <translation>Date d&apos;acquisition</translation>
    </message>
    <message>
        <source>Acquired</source>
        <comment>capability state</comment>
        <translation>Acquis</translation>
    </message>
    <message>
        <source>No SBCs</source>
        <translation>Aucun SBC</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>capability state: available, not acquired</comment>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Available to this number, not acquired</source>
        <translation>Disponible pour ce numéro, mais non acquis</translation>
    </message>
</context>
<context>
    <name>DeviceCodeTokenSource</name>
    <message>
        <source>The saved sign-in is no longer valid (it expired or was revoked). Sign in again.</source>
        <translation>La session enregistrée n&apos;est plus valide (expirée ou révoquée). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The code was not entered in time. Start the sign-in again.</source>
        <translation>Le code n&apos;a pas été saisi à temps. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the other device.</source>
        <translation>La connexion a été refusée sur l&apos;autre appareil.</translation>
    </message>
    <message>
        <source>Cannot reach %1 to %2. Check the network and the authority URL.</source>
        <translation>Impossible de joindre %1 pour %2. Vérifiez le réseau et l&apos;URL de l&apos;autorité.</translation>
    </message>
    <message>
        <source>Sign-in failed (%1): %2</source>
        <translation>Échec de la connexion (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with a device code first.</source>
        <translation>Non connecté. Connectez-vous d&apos;abord avec un code d&apos;appareil.</translation>
    </message>
    <message>
        <source>refresh the sign-in</source>
        <translation>actualiser la connexion</translation>
    </message>
    <message>
        <source>start the sign-in</source>
        <translation>démarrer la connexion</translation>
    </message>
    <message>
        <source>finish the sign-in</source>
        <translation>terminer la connexion</translation>
    </message>
    <message>
        <source>Cannot reach %1 to %2: %3. Check the network and the authority URL.</source>
        <translation>Impossible de joindre %1 pour %2&#xa0;: %3. Vérifiez le réseau et l&apos;URL de l&apos;autorité.</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in was not started: %1</source>
        <translation>La connexion n&apos;a pas été démarrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>The earlier response; - reads standard input.</source>
        <translation>La réponse antérieure&#xa0;; - lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The later response; - reads standard input.</source>
        <translation>La réponse ultérieure&#xa0;; - lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>CSV cells exactly as stored, without the Excel-safe apostrophe before cells starting with = + - @.</source>
        <translation>Cellules CSV telles quelles, sans l&apos;apostrophe de protection Excel devant les cellules commençant par = + - @.</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation>Commencer le CSV par une marque d&apos;ordre des octets UTF-8 (pour Excel).</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>N&apos;afficher que les erreurs.</translation>
    </message>
    <message>
        <source>missing OLD.json and NEW.json</source>
        <translation>OLD.json et NEW.json manquants</translation>
    </message>
    <message>
        <source>missing NEW.json</source>
        <translation>NEW.json manquant</translation>
    </message>
    <message>
        <source>only two input files are accepted</source>
        <translation>seuls deux fichiers d&apos;entrée sont acceptés</translation>
    </message>
    <message>
        <source>only one of OLD.json and NEW.json can be - (standard input)</source>
        <translation>seul l&apos;un de OLD.json et NEW.json peut être - (entrée standard)</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 ajoutés, %2 supprimés, %3 modifiés</translation>
    </message>
    <message>
        <source>, %1 duplicated</source>
        <translation>, %1 en double</translation>
    </message>
    <message>
        <source>Compares two saved Live Platform responses (any input convert reads) and writes what changed as CSV or .xlsx: change,telephoneNumber,field,old,new; one row per added, removed or duplicated number and one per changed field. Numbers are matched by telephoneNumber; record order and the order inside capability and SBC lists are not changes. Exit status: 0 no differences, 1 differences, 2 bad usage, 3 bad data, 4 input/output error.</source>
        <translation>Compare deux réponses Live Platform enregistrées (toute entrée que lit convert) et écrit les changements en CSV ou en .xlsx&#xa0;: change,telephoneNumber,field,old,new&#xa0;; une ligne par numéro ajouté, supprimé ou en double et une par champ modifié. Les numéros sont appariés par telephoneNumber&#xa0;; l&apos;ordre des enregistrements et l&apos;ordre dans les listes de fonctionnalités et de SBC ne sont pas des changements. Code de sortie&#xa0;: 0 aucune différence, 1 différences, 2 mauvaise utilisation, 3 données incorrectes, 4 erreur d&apos;entrée/sortie.</translation>
    </message>
    <message>
        <source>Where to write: a .csv or .xlsx file, or - (the default) for standard output.</source>
        <translation>Où écrire&#xa0;: un fichier .csv ou .xlsx, ou - (par défaut) pour la sortie standard.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the --out extension; csv for -).</source>
        <translation>csv ou xlsx (par défaut&#xa0;: selon l&apos;extension de --out&#xa0;; csv pour -).</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not &quot;%1&quot;</source>
        <translation>--format doit valoir csv ou xlsx, et non &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Fichier d&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Excel-safe: values starting with = + - @ are written as text</source>
        <translation>Compatible &amp;Excel&#xa0;: les valeurs commençant par = + - @ sont écrites en texte</translation>
    </message>
    <message>
        <source>A spreadsheet would otherwise run such a value as a formula. Plain E.164 numbers are never changed.</source>
        <translation>Sinon, un tableur exécuterait une telle valeur comme une formule. Les numéros E.164 simples ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 est un dossier&#xa0;; ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced.</source>
        <translation>%1 existe déjà et sera remplacé.</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte &amp;order mark (for Excel&apos;s CSV import)</source>
        <translation>Ajouter un &amp;BOM UTF-8 au début (pour l&apos;import CSV d&apos;Excel)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): numbers, dates and ids as typed cells</source>
        <translation>Classeur Excel (.xlsx)&#xa0;: numéros, dates et identifiants en cellules typées</translation>
    </message>
    <message>
        <source>&amp;Dates as the text the server sent, not date cells</source>
        <translation>&amp;Dates sous forme du texte envoyé par le serveur, et non en cellules de date</translation>
    </message>
    <message>
        <source>Date cells show the time in UTC.</source>
        <translation>Les cellules de date affichent l&apos;heure en UTC.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export to Excel workbook</source>
        <translation>Exporter en classeur Excel</translation>
    </message>
</context>
<context>
    <name>FaultPlan</name>
    <message>
        <source>fault &quot;%1&quot; is not ROUTE:FAULT[=VALUE][:times=N][:after=N]</source>
        <translation>la panne &quot;%1&quot; n&apos;est pas de la forme ROUTE:FAULT[=VALUE][:times=N][:after=N]</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot; has a value that is not a whole number, or an unknown option</source>
        <translation>la panne &quot;%1&quot; a une valeur qui n&apos;est pas un nombre entier, ou une option inconnue</translation>
    </message>
    <message>
        <source>unknown route &quot;%1&quot; in fault &quot;%2&quot;; routes: any, authorize, token, api, numbers-v2, numbers-v3, number</source>
        <translation>route inconnue &quot;%1&quot; dans la panne &quot;%2&quot;&#xa0;; routes&#xa0;: any, authorize, token, api, numbers-v2, numbers-v3, number</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot; needs redirect=URL with an absolute URL</source>
        <translation>la panne &quot;%1&quot; nécessite redirect=URL avec une URL absolue</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; faults: latency=MS, drip=MS, 429=S, 500, 502, 503=S, reset, truncate, malformed, unterminated, content-type, expire-token, empty-page, total-changes=N, redirect=URL</source>
        <translation>panne inconnue &quot;%1&quot;&#xa0;; pannes&#xa0;: latency=MS, drip=MS, 429=S, 500, 502, 503=S, reset, truncate, malformed, unterminated, content-type, expire-token, empty-page, total-changes=N, redirect=URL</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Signs in with the service provider&apos;s app registration (client credentials), loads a tenant&apos;s numbers from Live Platform and writes them as CSV or normalized JSON. The client secret is read from the OCNUMBERS_CLIENT_SECRET environment variable, or from standard input with --client-secret-stdin.</source>
        <translation>Se connecte avec l&apos;inscription d&apos;application du fournisseur de services (informations d&apos;identification du client), charge les numéros d&apos;un locataire depuis Live Platform et les écrit en CSV ou en JSON normalisé. Le secret client est lu dans la variable d&apos;environnement OCNUMBERS_CLIENT_SECRET, ou sur l&apos;entrée standard avec --client-secret-stdin.</translation>
    </message>
    <message>
        <source>A saved connection profile (the application&apos;s, or OCNUMBERS_PROFILES_FILE); options given here override its settings, and its secret comes from the keychain unless given as below.</source>
        <translation>Un profil de connexion enregistré (celui de l&apos;application, ou OCNUMBERS_PROFILES_FILE)&#xa0;; les options données ici remplacent ses paramètres, et son secret provient du trousseau, sauf s&apos;il est fourni comme ci-dessous.</translation>
    </message>
    <message>
        <source>The customer&apos;s Microsoft tenant id (msTenantId, a GUID).</source>
        <translation>L&apos;ID de locataire Microsoft du client (msTenantId, un GUID).</translation>
    </message>
    <message>
        <source>Look up one number (E.164, e.g. +442074996300) instead of a tenant&apos;s list.</source>
        <translation>Rechercher un seul numéro (E.164, par ex. +442074996300) au lieu de la liste d&apos;un locataire.</translation>
    </message>
    <message>
        <source>Live Platform address with its /tenantui segment, e.g. https://lp.example.net/tenantui.</source>
        <translation>Adresse de Live Platform avec son segment /tenantui, par ex. https://lp.example.net/tenantui.</translation>
    </message>
    <message>
        <source>Entra authority (default %1).</source>
        <translation>Autorité Entra (par défaut %1).</translation>
    </message>
    <message>
        <source>The service provider&apos;s directory (tenant) id.</source>
        <translation>L&apos;ID de l&apos;annuaire (locataire) du fournisseur de services.</translation>
    </message>
    <message>
        <source>The app registration&apos;s client id.</source>
        <translation>L&apos;ID client de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Scope (default %1).</source>
        <translation>Étendue (par défaut %1).</translation>
    </message>
    <message>
        <source>v2 (one list, default) or v3 (pages).</source>
        <translation>v2 (une liste, par défaut) ou v3 (pages).</translation>
    </message>
    <message>
        <source>v3 page size (default 1000).</source>
        <translation>Taille de page v3 (par défaut 1000).</translation>
    </message>
    <message>
        <source>v3 only: numbers with this status (name or code 0-3).</source>
        <translation>v3 uniquement&#xa0;: numéros ayant ce statut (nom ou code 0-3).</translation>
    </message>
    <message>
        <source>Send X-Ovoc-Channel-Id: restrict to one channel.</source>
        <translation>Envoyer X-Ovoc-Channel-Id&#xa0;: limiter à un canal.</translation>
    </message>
    <message>
        <source>Sign in as a user with a device code (the code and URL are printed) instead of the app registration; --client-id is then the public client. With --profile the sign-in is kept in the keychain.</source>
        <translation>Se connecter en tant qu&apos;utilisateur avec un code d&apos;appareil (le code et l&apos;URL sont affichés) au lieu de l&apos;inscription d&apos;application&#xa0;; --client-id est alors le client public. Avec --profile, la session est conservée dans le trousseau.</translation>
    </message>
    <message>
        <source>Read the client secret from the first line of standard input.</source>
        <translation>Lire le secret client sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Seconds without data before a request fails (default 60).</source>
        <translation>Secondes sans données avant l&apos;échec d&apos;une requête (par défaut 60).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot; (no profiles are saved)</source>
        <translation>aucun profil nommé &quot;%1&quot; (aucun profil enregistré)</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;; profiles: %2</source>
        <translation>aucun profil nommé &quot;%1&quot;&#xa0;; profils&#xa0;: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; signs in through a browser, which ocnumbers-cli cannot open; pass --device-code to sign in with a code instead</source>
        <translation>le profil &quot;%1&quot; se connecte via un navigateur, qu&apos;ocnumbers-cli ne peut pas ouvrir&#xa0;; utilisez --device-code pour vous connecter plutôt avec un code</translation>
    </message>
    <message>
        <source>give either --tenant GUID (a tenant&apos;s numbers) or --number E164 (one number)</source>
        <translation>indiquez soit --tenant GUID (les numéros d&apos;un locataire), soit --number E164 (un numéro)</translation>
    </message>
    <message>
        <source>missing --%1 (or a --profile that has it)</source>
        <translation>--%1 manquant (ou un --profile qui le contient)</translation>
    </message>
    <message>
        <source>--tenant &quot;%1&quot; is not a tenant id: it must be a GUID</source>
        <translation>--tenant &quot;%1&quot; n&apos;est pas un ID de locataire&#xa0;: ce doit être un GUID</translation>
    </message>
    <message>
        <source>--api must be v2 or v3, not &quot;%1&quot;</source>
        <translation>--api doit valoir v2 ou v3, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to 5000</source>
        <translation>--page-size doit être un nombre entier de 1 à 5000</translation>
    </message>
    <message>
        <source>unknown --status &quot;%1&quot;; use Active, &quot;Release Requested&quot;, &quot;Marked For Removal&quot;, &quot;Ready For Removal&quot; or a code 0-3</source>
        <translation>--status inconnu &quot;%1&quot;&#xa0;; utilisez Active, &quot;Release Requested&quot;, &quot;Marked For Removal&quot;, &quot;Ready For Removal&quot; ou un code 0-3</translation>
    </message>
    <message>
        <source>--status needs --api v3 (the v2 list cannot be filtered by the server); use --filter status=... to filter after loading</source>
        <translation>--status nécessite --api v3 (le serveur ne peut pas filtrer la liste v2)&#xa0;; utilisez --filter status=... pour filtrer après le chargement</translation>
    </message>
    <message>
        <source>--channel must be a whole number</source>
        <translation>--channel doit être un nombre entier</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds</source>
        <translation>--timeout doit être un nombre entier de secondes</translation>
    </message>
    <message>
        <source>%1 MB, %2 numbers</source>
        <translation>%1 Mo, %2 numéros</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>%1 numbers had arrived; nothing was written because the list is incomplete.</source>
        <translation>%1 numéros étaient arrivés&#xa0;; rien n&apos;a été écrit car la liste est incomplète.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; cannot be used until it is fixed: %2</source>
        <translation>le profil &quot;%1&quot; ne peut pas être utilisé tant qu&apos;il n&apos;est pas corrigé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Search numbers</source>
        <translation>Rechercher des numéros</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Assignment filter</source>
        <translation>Filtre d&apos;attribution</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtre de pays</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtre de source</translation>
    </message>
    <message>
        <source>SBC filter</source>
        <translation>Filtre de SBC</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Capabilities filter</source>
        <translation>Filtre de fonctionnalités</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every loaded number again</source>
        <translation>Réafficher tous les numéros chargés</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No capabilities in the loaded numbers</source>
        <translation>Aucune fonctionnalité dans les numéros chargés</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any assignment</source>
        <translation>Toute attribution</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tout pays</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toute source</translation>
    </message>
    <message>
        <source>Any SBC</source>
        <translation>Tout SBC</translation>
    </message>
    <message>
        <source>+44 20 7946…, a range, SBC, calling profile or customer</source>
        <translation>+44 20 7946…, une plage, SBC, profil d&apos;appel ou client</translation>
    </message>
    <message>
        <source>A number or its first digits (+44 20 7946), digits found anywhere (7946 0123), a block (+44 20 7946 0000..0999), or text in the calling profile, SBC, tenant or customer. Down or Enter goes to the results; Escape clears.</source>
        <translation>Un numéro ou ses premiers chiffres (+44 20 7946), des chiffres situés n&apos;importe où (7946 0123), un bloc (+44 20 7946 0000..0999), ou du texte du profil d&apos;appel, du SBC, du locataire ou du client. Flèche bas ou Entrée mène aux résultats&#xa0;; Échap efface.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a filter choice and how many loaded numbers have it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Capabilities (%1)</source>
        <translation>Fonctionnalités (%1)</translation>
    </message>
    <message>
        <source>Show only numbers that have acquired every ticked capability</source>
        <translation>Afficher uniquement les numéros ayant acquis toutes les fonctionnalités cochées</translation>
    </message>
    <message>
        <source>Numbers that have acquired: %1</source>
        <translation>Numéros ayant acquis&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FindNumberDialog</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Load this tenant</source>
        <translation>Char&amp;ger ce locataire</translation>
    </message>
    <message>
        <source>Find a number</source>
        <translation>Rechercher un numéro</translation>
    </message>
    <message>
        <source>+442074996300</source>
        <translation>+442074996300</translation>
    </message>
    <message>
        <source>&amp;Number (E.164):</source>
        <translation>&amp;Numéro (E.164)&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant (msTenantId):</source>
        <translation>Locataire (msTenantId)&#xa0;:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>%1 was found on the connection &quot;%2&quot;, not on the one chosen now. Find it again on this connection, or choose &quot;%2&quot;.</source>
        <translation>%1 a été trouvé sur la connexion «&#xa0;%2&#xa0;», pas sur celle choisie maintenant. Recherchez-le à nouveau sur cette connexion, ou choisissez «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Sign-in failed, so %1 was not looked up: %2</source>
        <translation>Échec de la connexion, %1 n&apos;a donc pas été recherché&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose a connection that works first: there is nothing to look %1 up on.</source>
        <translation>Choisissez d&apos;abord une connexion qui fonctionne&#xa0;: sans elle, %1 ne peut être recherché nulle part.</translation>
    </message>
    <message>
        <source>Signing in to %1 first…</source>
        <translation>Connexion préalable à %1…</translation>
    </message>
    <message>
        <source>Looking up %1 on %2…</source>
        <translation>Recherche de %1 sur %2…</translation>
    </message>
    <message>
        <source>The number %1 is not on this Live Platform (%2). Check the number, or choose the connection of the Live Platform that has it.</source>
        <translation>Le numéro %1 n&apos;est pas sur cette Live Platform (%2). Vérifiez le numéro, ou choisissez la connexion de la Live Platform qui le contient.</translation>
    </message>
    <message>
        <source>(not in Live Platform&apos;s answer)</source>
        <translation>(absent de la réponse de Live Platform)</translation>
    </message>
    <message>
        <source>(not in Live Platform&apos;s answer; a v3 connection shows it once the tenant is loaded)</source>
        <translation>(absent de la réponse de Live Platform&#xa0;; une connexion v3 l&apos;affiche une fois le locataire chargé)</translation>
    </message>
    <message>
        <source>Found %1 on %2.</source>
        <translation>%1 trouvé sur %2.</translation>
    </message>
    <message>
        <source>%1 — Find a number</source>
        <translation>%1 — Rechercher un numéro</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>OC Numbers help</source>
        <translation>Aide d&apos;OC Numbers</translation>
    </message>
</context>
<context>
    <name>IdentityLabel</name>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>%1 · until %2</source>
        <translation>%1 · jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>Signed in as %1; the access token is renewed before %2.</source>
        <translation>Connecté en tant que %1&#xa0;; le jeton d&apos;accès est renouvelé avant le %2.</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>impossible de lire l&apos;entrée standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>the token is not a JWT (header.payload.signature)</source>
        <translation>le jeton n&apos;est pas un JWT (header.payload.signature)</translation>
    </message>
    <message>
        <source>the token&apos;s header is not an HS256 JWT header</source>
        <translation>l&apos;en-tête du jeton n&apos;est pas un en-tête JWT HS256</translation>
    </message>
    <message>
        <source>the token&apos;s signature is invalid</source>
        <translation>la signature du jeton n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the token&apos;s payload is not a JSON object</source>
        <translation>la charge utile du jeton n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the token has expired</source>
        <translation>le jeton a expiré</translation>
    </message>
    <message>
        <source>the token is not valid yet</source>
        <translation>le jeton n&apos;est pas encore valide</translation>
    </message>
    <message>
        <source>the token is for audience &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>le jeton est destiné à l&apos;audience &quot;%1&quot;, et non &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>L&apos;accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>No keychain service is running (on Linux: GNOME Keyring or KWallet), so secrets cannot be kept safely on this computer.</source>
        <translation>Aucun service de trousseau n&apos;est en cours d&apos;exécution (sous Linux&#xa0;: GNOME Keyring ou KWallet), les secrets ne peuvent donc pas être conservés en sécurité sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1).</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 numbers</source>
        <translation>Chargement… %1 numéros sur %2</translation>
    </message>
    <message>
        <source>Loading… %1 numbers (%2)</source>
        <translation>Chargement… %1 numéros (%2)</translation>
    </message>
    <message>
        <source>%1 numbers loaded in %2 s</source>
        <translation>%1 numéros chargés en %2 s</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Chargement annulé</translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Échec du chargement</translation>
    </message>
    <message>
        <source>Live Platform is busy (429)</source>
        <translation>Live Platform est surchargée (429)</translation>
    </message>
    <message>
        <source>Live Platform is unavailable (503)</source>
        <translation>Live Platform est indisponible (503)</translation>
    </message>
    <message>
        <source>The connection to Live Platform failed</source>
        <translation>La connexion à Live Platform a échoué</translation>
    </message>
    <message>
        <source>Live Platform answered HTTP %1</source>
        <translation>Live Platform a répondu HTTP %1</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s, attempt %3 of %4</source>
        <translation>%1&#xa0;; nouvelle tentative dans %2 s, tentative %3 sur %4</translation>
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>Sign-in finished.</source>
        <translation>Connexion terminée.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>You can close this tab and return to OC Numbers.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à OC Numbers.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 did not answer in time. Sign in again.</source>
        <translation>Le service de connexion de %1 n&apos;a pas répondu à temps. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The connection to the sign-in service at %1 failed: %2. Sign in again.</source>
        <translation>La communication avec le service de connexion de %1 a échoué&#xa0;: %2. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 answered HTTP %2 without an explanation. Check the authority URL of the connection.</source>
        <translation>Le service de connexion de %1 a répondu HTTP %2 sans explication. Vérifiez l&apos;URL de l&apos;autorité de la connexion.</translation>
    </message>
    <message>
        <source>Sign-in received</source>
        <translation>Connexion reçue</translation>
    </message>
    <message>
        <source>OC Numbers is finishing the sign-in; its window shows the result. You can close this tab.</source>
        <translation>OC Numbers termine la connexion&#xa0;; sa fenêtre en affiche le résultat. Vous pouvez fermer cet onglet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OC Numbers</source>
        <translation>OC Numbers</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se conn&amp;ecter</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>Char&amp;ger</translation>
    </message>
    <message>
        <source>Welcome to OC Numbers</source>
        <translation>Bienvenue dans OC Numbers</translation>
    </message>
    <message>
        <source>Browse, filter and export your customers&apos; Operator Connect numbers from AudioCodes Live Platform. Try it on a built-in demo server first, or connect to your Live Platform instance.</source>
        <translation>Parcourez, filtrez et exportez les numéros Operator Connect de vos clients depuis AudioCodes Live Platform. Essayez d&apos;abord avec le serveur de démonstration intégré, ou connectez-vous à votre instance Live Platform.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la dé&amp;mo</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Add a Live Platform connection</source>
        <translation>Ajouter une connexion Live Platform</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Numéros</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>&amp;Ajouter une connexion…</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>&amp;Modifier la connexion…</translation>
    </message>
    <message>
        <source>&amp;Remove connection</source>
        <translation>Supp&amp;rimer la connexion</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>Export &amp;selected…</source>
        <translation>Exporter la &amp;sélection…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Copier le &amp;numéro</translation>
    </message>
    <message>
        <source>Copy row as &amp;JSON</source>
        <translation>Copier la ligne en &amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Go to &amp;tenant</source>
        <translation>Aller au &amp;locataire</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Enregistrer la vue…</translation>
    </message>
    <message>
        <source>&amp;Delete view…</source>
        <translation>&amp;Supprimer la vue…</translation>
    </message>
    <message>
        <source>&amp;Load / refresh</source>
        <translation>&amp;Charger / actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>&amp;Annuler le chargement</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>SBC &amp;routing…</source>
        <translation>&amp;Routage SBC…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; could not be read from the settings. Edit or remove it.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» n&apos;a pas pu être lue dans les paramètres. Modifiez-la ou supprimez-la.</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incomplet)</translation>
    </message>
    <message>
        <source>%1 (loading)</source>
        <translation>%1 (chargement)</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Vue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The language changes the next time OC Numbers starts.</source>
        <translation>La langue changera au prochain démarrage d&apos;OC Numbers.</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Le serveur de démonstration n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>OC Numbers &amp;help</source>
        <translation>&amp;Aide d&apos;OC Numbers</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Connecting to Live Platform</source>
        <translation>&amp;Connexion à Live Platform</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About OC Numbers</source>
        <translation>À &amp;propos d&apos;OC Numbers</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Démarrage du serveur de démonstration…</translation>
    </message>
    <message>
        <source>Add a Live &amp;Platform connection…</source>
        <translation>Ajouter une connexion Live &amp;Platform…</translation>
    </message>
    <message>
        <source>Export a&amp;ll shown…</source>
        <translation>Exporter &amp;tous les numéros affichés…</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Effacer les &amp;filtres</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Copy rows &amp;without formula guard</source>
        <translation>Copier les lignes sans protection des &amp;formules</translation>
    </message>
    <message>
        <source>Copy the selected rows exactly as stored: cells starting with = + - @ get no leading apostrophe, so a spreadsheet may evaluate them</source>
        <translation>Copier les lignes sélectionnées telles quelles&#xa0;: les cellules commençant par = + - @ ne reçoivent pas d&apos;apostrophe initiale, un tableur peut donc les évaluer comme des formules</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is not used until it is fixed: no secret is read and nothing is sent. Edit it (File › Edit connection). %2</source>
        <translation>La connexion «&#xa0;%1&#xa0;» n&apos;est pas utilisée tant qu&apos;elle n&apos;est pas corrigée&#xa0;: aucun secret n&apos;est lu et rien n&apos;est envoyé. Modifiez-la (Fichier › Modifier la connexion). %2</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>&amp;Réinitialiser les colonnes</translation>
    </message>
    <message>
        <source>Show the columns support looks at first, in their first order, unsorted</source>
        <translation>Afficher les colonnes que le support consulte en premier, dans leur ordre d&apos;origine, sans tri</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>&amp;Activité…</translation>
    </message>
    <message>
        <source>Every request this window made, to copy for a support case</source>
        <translation>Chaque requête faite par cette fenêtre, à copier pour un dossier de support</translation>
    </message>
    <message>
        <source>&amp;Find a number…</source>
        <translation>Rechercher un &amp;numéro…</translation>
    </message>
    <message>
        <source>Look one number up on this connection&apos;s Live Platform, and see its tenant and customer</source>
        <translation>Rechercher un numéro sur la Live Platform de cette connexion, et voir son locataire et son client</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Loading the numbers of %1…</source>
        <translation>Chargement des numéros de %1…</translation>
    </message>
    <message>
        <source>Type or choose a customer&apos;s tenant ID (msTenantId) above and press Load, or look one number up with Numbers › Find a number…</source>
        <translation>Saisissez ou choisissez ci-dessus l&apos;ID de locataire d&apos;un client (msTenantId) et cliquez sur Charger, ou recherchez un numéro avec Numéros › Rechercher un numéro…</translation>
    </message>
    <message>
        <source>The tenant %1 has no numbers on this Live Platform.</source>
        <translation>Le locataire %1 n&apos;a aucun numéro sur cette Live Platform.</translation>
    </message>
    <message>
        <source>No numbers were loaded; the message above says why.</source>
        <translation>Aucun numéro n&apos;a été chargé&#xa0;; le message ci-dessus en indique la raison.</translation>
    </message>
    <message>
        <source>No number matches the search and filters. Clear filters to see all %1 numbers.</source>
        <translation>Aucun numéro ne correspond à la recherche et aux filtres. Effacez les filtres pour voir les %1 numéros.</translation>
    </message>
    <message>
        <source>&amp;Open a saved response…</source>
        <translation>&amp;Ouvrir une réponse enregistrée…</translation>
    </message>
    <message>
        <source>Show the numbers of a saved Live Platform response or snapshot, read-only</source>
        <translation>Afficher en lecture seule les numéros d&apos;une réponse Live Platform enregistrée ou d&apos;un instantané</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>S&amp;napshots…</source>
        <translation>&amp;Instantanés…</translation>
    </message>
    <message>
        <source>The numbers kept from earlier loads: open, export or delete them</source>
        <translation>Les numéros conservés des chargements précédents&#xa0;: les ouvrir, les exporter ou les supprimer</translation>
    </message>
    <message>
        <source>Com&amp;pare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>What changed between two loads: the numbers shown, a snapshot or a saved response</source>
        <translation>Ce qui a changé entre deux chargements&#xa0;: les numéros affichés, un instantané ou une réponse enregistrée</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>The snapshot of this load was not kept: %1</source>
        <translation>L&apos;instantané de ce chargement n&apos;a pas été conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open a saved response</source>
        <translation>Ouvrir une réponse enregistrée</translation>
    </message>
    <message>
        <source>%1 was not opened: numbers are being loaded. Cancel the load or wait for it to end, then open the file again.</source>
        <translation>%1 n&apos;a pas été ouvert&#xa0;: des numéros sont en cours de chargement. Annulez le chargement ou attendez qu&apos;il se termine, puis ouvrez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>%1 is not among the numbers shown.</source>
        <translation>%1 ne fait pas partie des numéros affichés.</translation>
    </message>
    <message>
        <source>The numbers shown (%1)</source>
        <translation>Les numéros affichés (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading what to compare…</source>
        <translation>Lecture des données à comparer…</translation>
    </message>
    <message>
        <source>Nothing was compared. %1</source>
        <translation>Rien n&apos;a été comparé. %1</translation>
    </message>
    <message>
        <source>%1 is in numbers no longer shown; compare again to go to it.</source>
        <translation>%1 fait partie de numéros qui ne sont plus affichés&#xa0;; comparez à nouveau pour y accéder.</translation>
    </message>
    <message>
        <source>File %1 of %2 · read-only</source>
        <translation>Fichier %1 du %2 · lecture seule</translation>
    </message>
    <message>
        <source>Snapshot of %1 from %2 · read-only</source>
        <translation>Instantané de %1 du %2 · lecture seule</translation>
    </message>
    <message>
        <source>The file %1 holds no numbers.</source>
        <translation>Le fichier %1 ne contient aucun numéro.</translation>
    </message>
    <message>
        <source>%1: snapshot of %2 (read-only)</source>
        <translation>%1&#xa0;: instantané du %2 (lecture seule)</translation>
    </message>
    <message>
        <source>%1 (saved %2, read-only)</source>
        <translation>%1 (enregistré le %2, lecture seule)</translation>
    </message>
    <message>
        <source>Snapshot %1 (the numbers shown) · %2 · %3 numbers · %4</source>
        <translation>Instantané du %1 (les numéros affichés) · %2 · %3 numéros · %4</translation>
    </message>
    <message>
        <source>Snapshot %1 · %2 · %3 numbers · %4</source>
        <translation>Instantané du %1 · %2 · %3 numéros · %4</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Retr&amp;y</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Loading was cancelled. The %1 numbers shown are not the tenant&apos;s full list.</source>
        <translation>Le chargement a été annulé. Les %1 numéros affichés ne sont pas la liste complète du locataire.</translation>
    </message>
    <message>
        <source>The %1 numbers shown are not the tenant&apos;s full list.</source>
        <translation>Les %1 numéros affichés ne sont pas la liste complète du locataire.</translation>
    </message>
</context>
<context>
    <name>NetworkPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The address %1 carries a user name or password before &quot;@&quot;; the real host would be %2. Remove the part before &quot;@&quot;.</source>
        <translation>L&apos;adresse %1 contient un nom d&apos;utilisateur ou un mot de passe avant «&#xa0;@&#xa0;»&#xa0;; l&apos;hôte réel serait %2. Supprimez la partie avant «&#xa0;@&#xa0;».</translation>
    </message>
    <message>
        <source>Plain http is refused for %1: tokens and numbers would travel unencrypted. Use https://, or http only for this machine (127.0.0.1, ::1, localhost).</source>
        <translation>Le http simple est refusé pour %1&#xa0;: les jetons et les numéros circuleraient en clair. Utilisez https://, ou http uniquement pour cette machine (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL https.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>une autre adresse</translation>
    </message>
    <message>
        <source>Live Platform at %1 answered %2 to %3; redirects are not followed so that your sign-in is not sent elsewhere. Check the base URL of the connection.</source>
        <translation>Live Platform à %1 a répondu %2 avec une redirection vers %3&#xa0;; les redirections ne sont pas suivies, afin que vos informations de connexion ne soient pas envoyées ailleurs. Vérifiez l&apos;URL de base de la connexion.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 answered %2 to %3; redirects are not followed so that your credentials are not sent elsewhere. Check the authority URL of the connection.</source>
        <translation>Le service de connexion de %1 a répondu %2 avec une redirection vers %3&#xa0;; les redirections ne sont pas suivies, afin que vos identifiants ne soient pas envoyés ailleurs. Vérifiez l&apos;URL de l&apos;autorité de la connexion.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Nothing was sent. Check the address; if your network inspects TLS, its certificate authority must be trusted by this system.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2. Rien n&apos;a été envoyé. Vérifiez l&apos;adresse&#xa0;; si votre réseau inspecte le trafic TLS, son autorité de certification doit être approuvée par ce système.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete (%2 of %3 bytes).</source>
        <translation>La connexion à %1 a été fermée avant la fin de la réponse (%2 octets sur %3).</translation>
    </message>
</context>
<context>
    <name>NumberChangesExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NumberChangesModel</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>En double</translation>
    </message>
    <message>
        <source>Times listed</source>
        <translation>Nombre d&apos;occurrences</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
</context>
<context>
    <name>NumberColumns</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Service Full Name</source>
        <translation>Nom complet du service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>MS Tenant ID</source>
        <translation>ID de locataire MS</translation>
    </message>
    <message>
        <source>Emergency Address</source>
        <translation>Adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>OC SIP Connection</source>
        <translation>Connexion SIP OC</translation>
    </message>
    <message>
        <source>Calling Profile ID</source>
        <translation>ID du profil d&apos;appel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>MS Job ID</source>
        <translation>ID de tâche MS</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Acquired Date</source>
        <translation>Date d&apos;acquisition</translation>
    </message>
    <message>
        <source>Acquired Capabilities</source>
        <translation>Fonctionnalités acquises</translation>
    </message>
    <message>
        <source>Available Capabilities</source>
        <translation>Fonctionnalités disponibles</translation>
    </message>
    <message>
        <source>SBCs</source>
        <translation>SBC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>ID d&apos;emplacement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Upload Entry ID</source>
        <translation>ID d&apos;entrée d&apos;import</translation>
    </message>
    <message>
        <source>Upload Job ID</source>
        <translation>ID de tâche d&apos;import</translation>
    </message>
    <message>
        <source>Company Name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Customer GUID</source>
        <translation>GUID du client</translation>
    </message>
    <message>
        <source>OC SIP Connection Description</source>
        <translation>Description connexion SIP OC</translation>
    </message>
    <message>
        <source>Tenant Calling Profile ID</source>
        <translation>ID profil d&apos;appel locataire</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>ID du canal</translation>
    </message>
    <message>
        <source>Consented On</source>
        <translation>Consenti le</translation>
    </message>
    <message>
        <source>Assignment Checked</source>
        <translation>Attribution vérifiée</translation>
    </message>
    <message>
        <source>Assignment Changed</source>
        <translation>Attribution modifiée</translation>
    </message>
    <message>
        <source>Assignment Sync</source>
        <translation>Synchro attribution</translation>
    </message>
    <message>
        <source>Verification Code</source>
        <translation>Code de vérification</translation>
    </message>
</context>
<context>
    <name>NumberDiffCsvWriter</name>
    <message>
        <source>could not write: %1</source>
        <translation>échec de l&apos;écriture&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NumberDiffXlsxWriter</name>
    <message>
        <source>a sheet holds at most %1 rows, and there are %2 changes: write CSV instead</source>
        <translation>une feuille contient au plus %1 lignes, et il y a %2 changements&#xa0;: écrivez plutôt en CSV</translation>
    </message>
    <message>
        <source>Changes between two loads of numbers</source>
        <translation>Changements entre deux chargements de numéros</translation>
    </message>
</context>
<context>
    <name>NumberFilter</name>
    <message>
        <source>filter &quot;%1&quot; is not of the form key=value; keys: text, status, assignment, country, source, sbc, capability, available</source>
        <translation>le filtre &quot;%1&quot; n&apos;est pas de la forme key=value&#xa0;; clés&#xa0;: text, status, assignment, country, source, sbc, capability, available</translation>
    </message>
    <message>
        <source>filter &quot;%1&quot; has no value after &quot;=&quot;</source>
        <translation>le filtre &quot;%1&quot; n&apos;a pas de valeur après &quot;=&quot;</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; in filter &quot;%2&quot;; use Active, &quot;Release Requested&quot;, &quot;Marked For Removal&quot;, &quot;Ready For Removal&quot;, a code 0-3 or none</source>
        <translation>statut inconnu &quot;%1&quot; dans le filtre &quot;%2&quot;&#xa0;; utilisez Active, &quot;Release Requested&quot;, &quot;Marked For Removal&quot;, &quot;Ready For Removal&quot;, un code 0-3 ou none</translation>
    </message>
    <message>
        <source>unknown filter key &quot;%1&quot;; use text, status, assignment, country, source, sbc, capability or available</source>
        <translation>clé de filtre inconnue &quot;%1&quot;&#xa0;; utilisez text, status, assignment, country, source, sbc, capability ou available</translation>
    </message>
    <message>
        <source>filter &quot;%1&quot;: %2</source>
        <translation>filtre &quot;%1&quot;&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NumberJsonWriter</name>
    <message>
        <source>could not write: %1</source>
        <translation>échec de l&apos;écriture&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <source>expected an integer but found %1; ignored</source>
        <translation>attendu&#xa0;: un entier, trouvé&#xa0;: %1&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1: the page&apos;s &quot;data&quot; is %2, expected the array of numbers</source>
        <translation>%1&#xa0;: &quot;data&quot; de la page&#xa0;: %2&#xa0;; le tableau des numéros était attendu</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>this is an error response from the server, not numbers</source>
        <translation>c&apos;est une réponse d&apos;erreur du serveur, pas des numéros</translation>
    </message>
    <message>
        <source>(error ticket %1)</source>
        <translation>(ticket d&apos;erreur %1)</translation>
    </message>
    <message>
        <source>this is an error response from the server, not numbers: %1</source>
        <translation>c&apos;est une réponse d&apos;erreur du serveur, pas des numéros&#xa0;: %1</translation>
    </message>
    <message>
        <source>the input is empty; expected JSON: an array of numbers or a v3 page</source>
        <translation>l&apos;entrée est vide&#xa0;; JSON attendu&#xa0;: un tableau de numéros ou une page v3</translation>
    </message>
    <message>
        <source>the input is not valid UTF-8</source>
        <translation>l&apos;entrée n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>the input (%1 bytes) is too large to parse</source>
        <translation>l&apos;entrée (%1 octets) est trop volumineuse pour être analysée</translation>
    </message>
    <message>
        <source>the input nests arrays or objects too deeply to be a Live Platform response</source>
        <translation>l&apos;entrée imbrique trop profondément des tableaux ou des objets pour être une réponse Live Platform</translation>
    </message>
    <message>
        <source>the input is not valid JSON (%1)</source>
        <translation>l&apos;entrée n&apos;est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3 (byte %4): %5</source>
        <translation>%1 à la ligne %2, colonne %3 (octet %4)&#xa0;: %5</translation>
    </message>
    <message>
        <source>document %1 of the input is not a v3 page (an object with &quot;data&quot;)</source>
        <translation>le document %1 de l&apos;entrée n&apos;est pas une page v3 (un objet avec &quot;data&quot;)</translation>
    </message>
    <message>
        <source>the last %1 bytes of the input are an incomplete JSON document</source>
        <translation>les %1 derniers octets de l&apos;entrée forment un document JSON incomplet</translation>
    </message>
    <message>
        <source>%1: expected a v3 page like the first element, found %2</source>
        <translation>%1&#xa0;: une page v3 comme le premier élément était attendue, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the top-level object is neither a number (no known key such as &quot;telephoneNumber&quot;) nor a v3 page (no &quot;data&quot; array)</source>
        <translation>l&apos;objet de premier niveau n&apos;est ni un numéro (aucune clé connue comme &quot;telephoneNumber&quot;) ni une page v3 (pas de tableau &quot;data&quot;)</translation>
    </message>
    <message>
        <source>the top-level value is %1; expected an array of numbers, a v3 page object or a number object</source>
        <translation>la valeur de premier niveau est %1&#xa0;; attendu&#xa0;: un tableau de numéros, un objet page v3 ou un objet numéro</translation>
    </message>
    <message>
        <source>the response (%1 bytes) is too large to load: %2</source>
        <translation>la réponse (%1 octets) est trop volumineuse pour être chargée&#xa0;: %2</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>un nombre décimal</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>expected a number object but found %1; this entry is not a number and was left out</source>
        <translation>attendu&#xa0;: un objet numéro, trouvé&#xa0;: %1&#xa0;; cette entrée n&apos;est pas un numéro et a été ignorée</translation>
    </message>
    <message>
        <source>the record has no telephoneNumber; it is kept and listed without a number</source>
        <translation>l&apos;enregistrement n&apos;a pas de telephoneNumber&#xa0;; il est conservé et listé sans numéro</translation>
    </message>
    <message>
        <source>expected %1 but found %2; the value is kept only in the raw JSON</source>
        <translation>attendu&#xa0;: %1, trouvé&#xa0;: %2&#xa0;; la valeur n&apos;est conservée que dans le JSON brut</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>une chaîne ou null</translation>
    </message>
    <message>
        <source>an integer, a string or null</source>
        <translation>un entier, une chaîne ou null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date and time; it is shown as sent</source>
        <translation>&quot;%1&quot; n&apos;est pas une date et heure ISO-8601&#xa0;; elle est affichée telle quelle</translation>
    </message>
    <message>
        <source>a date-time string or null</source>
        <translation>une chaîne date-heure ou null</translation>
    </message>
    <message>
        <source>an array of capability names or null</source>
        <translation>un tableau de noms de fonctionnalités ou null</translation>
    </message>
    <message>
        <source>item %1 is %2, not a capability name; it is ignored</source>
        <translation>l&apos;élément %1 est %2, pas un nom de fonctionnalité&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <source>more than %1 different capability names in one response; &quot;%2&quot; is shown only in the raw JSON</source>
        <translation>plus de %1 noms de fonctionnalités différents dans une réponse&#xa0;; &quot;%2&quot; n&apos;apparaît que dans le JSON brut</translation>
    </message>
    <message>
        <source>entry %1 has no sbcName string; it is shown only in the raw JSON</source>
        <translation>l&apos;entrée %1 n&apos;a pas de chaîne sbcName&#xa0;; elle n&apos;apparaît que dans le JSON brut</translation>
    </message>
    <message>
        <source>the key appears more than once; the first value is used and the others are kept only in the raw JSON</source>
        <translation>la clé apparaît plusieurs fois&#xa0;; la première valeur est utilisée et les autres ne sont conservées que dans le JSON brut</translation>
    </message>
    <message>
        <source>an array of SBCs or null</source>
        <translation>un tableau de SBC ou null</translation>
    </message>
    <message>
        <source>a status code, a status name or null</source>
        <translation>un code de statut, un nom de statut ou null</translation>
    </message>
    <message>
        <source>a string, an array of strings or null</source>
        <translation>une chaîne, un tableau de chaînes ou null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an E.164 number (&quot;+&quot; then up to 15 digits); it is shown as sent</source>
        <translation>&quot;%1&quot; n&apos;est pas un numéro E.164 (&quot;+&quot; puis jusqu&apos;à 15 chiffres)&#xa0;; il est affiché tel quel</translation>
    </message>
    <message>
        <source>the number as a string</source>
        <translation>le numéro sous forme de chaîne</translation>
    </message>
    <message>
        <source>a value is missing before this separator</source>
        <translation>une valeur manque avant ce séparateur</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after element %1 of the array</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu après l&apos;élément %1 du tableau</translation>
    </message>
    <message numerus="yes">
        <source>the input ends before its array of numbers is closed, after %n complete element(s): the response is incomplete</source>
        <translation>
            <numerusform>l&apos;entrée se termine avant la fermeture de son tableau de numéros, après %n élément complet&#xa0;: la réponse est incomplète</numerusform>
            <numerusform>l&apos;entrée se termine avant la fermeture de son tableau de numéros, après %n éléments complets&#xa0;: la réponse est incomplète</numerusform>
        </translation>
    </message>
    <message>
        <source>there is more text after the array&apos;s closing bracket</source>
        <translation>du texte suit le crochet fermant du tableau</translation>
    </message>
    <message>
        <source>the input is not valid JSON</source>
        <translation>l&apos;entrée n&apos;est pas du JSON valide</translation>
    </message>
</context>
<context>
    <name>NumbersFileJob</name>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>Impossible d&apos;ouvrir le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot open the snapshot: %1.</source>
        <translation>Impossible d&apos;ouvrir l&apos;instantané&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is not a Live Platform response OC Numbers can read: %2</source>
        <translation>%1 n&apos;est pas une réponse Live Platform qu&apos;OC Numbers peut lire&#xa0;: %2</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>L&apos;ouverture de %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>NumbersFileReader</name>
    <message>
        <source>Live Platform responses and snapshots (*.json *%1);;All files (*)</source>
        <translation>Réponses Live Platform et instantanés (*.json *%1);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>NumbersInput</name>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
</context>
<context>
    <name>NumbersLoad</name>
    <message>
        <source>The server says: %1</source>
        <translation>Réponse du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>(error ticket %1)</source>
        <translation>(ticket d&apos;erreur %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an E.164 number: &quot;+&quot;, the country code and the number, digits only (for example +442074996300).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro E.164&#xa0;: «&#xa0;+&#xa0;», l&apos;indicatif du pays et le numéro, uniquement des chiffres (par exemple +442074996300).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Microsoft tenant id: it must be a GUID like f94238e5-4f2c-4e1b-8125-2d27122ca75f.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de locataire Microsoft&#xa0;: ce doit être un GUID comme f94238e5-4f2c-4e1b-8125-2d27122ca75f.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The load was cancelled; the numbers shown are incomplete.</source>
        <translation>Le chargement a été annulé&#xa0;; les numéros affichés sont incomplets.</translation>
    </message>
    <message>
        <source>The answer is larger than the limit of %1 MB set in the connection profile; the load was stopped. Raise the limit or use v3 paging.</source>
        <translation>La réponse dépasse la limite de %1 Mo définie dans le profil de connexion&#xa0;; le chargement a été arrêté. Augmentez la limite ou utilisez la pagination v3.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>la page %1</translation>
    </message>
    <message>
        <source>the number list</source>
        <translation>la liste des numéros</translation>
    </message>
    <message>
        <source>Loading %1 from %2 timed out %3 times. Check the network and load again.</source>
        <translation>Le chargement de %1 depuis %2 a expiré %3 fois. Vérifiez le réseau et rechargez.</translation>
    </message>
    <message>
        <source>Loading %1 from %2 failed %3 times: %4. Check the network and load again.</source>
        <translation>Le chargement de %1 depuis %2 a échoué %3 fois&#xa0;: %4. Vérifiez le réseau et rechargez.</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation>la connexion a été fermée avant la fin de la réponse</translation>
    </message>
    <message>
        <source>Live Platform refused the sign-in twice. Sign in again.</source>
        <translation>Live Platform a refusé la connexion deux fois. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Signed in, but not allowed to read tenant %1%2. Ask for access, or check the channel of the connection profile.</source>
        <translation>Connecté, mais pas autorisé à lire le locataire %1%2. Demandez l&apos;accès ou vérifiez le canal du profil de connexion.</translation>
    </message>
    <message>
        <source> in channel %1</source>
        <translation> dans le canal %1</translation>
    </message>
    <message>
        <source>Live Platform refused the request for %1 (HTTP %2).</source>
        <translation>Live Platform a refusé la requête pour %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>Live Platform answered HTTP %1 for %2 %3 times. Try again later.</source>
        <translation>Live Platform a répondu HTTP %1 pour %2, %3 fois. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Live Platform answered %1 with &quot;%2&quot; instead of JSON: perhaps a proxy or sign-in page. Check the base URL of the connection profile.</source>
        <translation>Live Platform a répondu pour %1 avec «&#xa0;%2&#xa0;» au lieu de JSON&#xa0;: peut-être un proxy ou une page de connexion. Vérifiez l&apos;URL de base du profil de connexion.</translation>
    </message>
    <message>
        <source>Live Platform&apos;s answer for %1 is not a list of numbers: %2</source>
        <translation>La réponse de Live Platform pour %1 n&apos;est pas une liste de numéros&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no totalRecords: this is not a v3 page. Check the API version of the connection profile.</source>
        <translation>La réponse pour %1 n&apos;a pas de totalRecords&#xa0;: ce n&apos;est pas une page v3. Vérifiez la version de l&apos;API du profil de connexion.</translation>
    </message>
    <message>
        <source>The tenant changed during the load: the server counted %1 numbers, then %2. Load again.</source>
        <translation>Le locataire a changé pendant le chargement&#xa0;: le serveur a compté %1 numéros, puis %2. Rechargez.</translation>
    </message>
    <message>
        <source>Page %1 held %2 numbers where %3 were due (of %4): the list is incomplete. Load again.</source>
        <translation>La page %1 contenait %2 numéros au lieu de %3 (sur %4)&#xa0;: la liste est incomplète. Rechargez.</translation>
    </message>
    <message>
        <source>The number list changed while it was sent again after a network error; the numbers shown are incomplete. Load again.</source>
        <translation>La liste des numéros a changé pendant son renvoi après une erreur réseau&#xa0;; les numéros affichés sont incomplets. Rechargez.</translation>
    </message>
</context>
<context>
    <name>NumbersOutput</name>
    <message>
        <source>Comma-separated columns in output order (default: all). Keys: %1.</source>
        <translation>Colonnes séparées par des virgules, dans l&apos;ordre de sortie (par défaut&#xa0;: toutes). Clés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Keep numbers matching key=value[,value...]; repeat to combine with AND. Keys: text, status, assignment, country, source, sbc, capability (all must be acquired), available (available but not acquired).</source>
        <translation>Garder les numéros correspondant à key=value[,value...]&#xa0;; à répéter pour combiner avec ET. Clés&#xa0;: text, status, assignment, country, source, sbc, capability (toutes doivent être acquises), available (disponible mais non acquise).</translation>
    </message>
    <message>
        <source>Same as --filter text=TEXT.</source>
        <translation>Identique à --filter text=TEXT.</translation>
    </message>
    <message>
        <source>Sort by a column key, :desc for descending.</source>
        <translation>Trier selon une clé de colonne, :desc pour l&apos;ordre décroissant.</translation>
    </message>
    <message>
        <source>CSV cells exactly as stored, without the Excel-safe apostrophe before cells starting with = + - @.</source>
        <translation>Cellules CSV telles quelles, sans l&apos;apostrophe de protection Excel devant les cellules commençant par = + - @.</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation>Commencer le CSV par une marque d&apos;ordre des octets UTF-8 (pour Excel).</translation>
    </message>
    <message>
        <source>Fail (exit 3) when the data has warnings.</source>
        <translation>Échouer (code 3) si les données comportent des avertissements.</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>N&apos;afficher que les erreurs.</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; columns are: %2</source>
        <translation>colonne inconnue &quot;%1&quot;&#xa0;; colonnes&#xa0;: %2</translation>
    </message>
    <message>
        <source>--columns lists no column</source>
        <translation>--columns ne cite aucune colonne</translation>
    </message>
    <message>
        <source>unknown sort column &quot;%1&quot;; columns are: %2</source>
        <translation>colonne de tri inconnue &quot;%1&quot;&#xa0;; colonnes&#xa0;: %2</translation>
    </message>
    <message>
        <source>--header must be keys, titles or none, not &quot;%1&quot;</source>
        <translation>--header doit valoir keys, titles ou none, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>warning: %1 more warnings not shown</source>
        <translation>avertissement&#xa0;: %1 autres avertissements non affichés</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) in the data and --strict is set; nothing written</source>
        <translation>
            <numerusform>%n avertissement dans les données et --strict est activé&#xa0;; rien n&apos;a été écrit</numerusform>
            <numerusform>%n avertissements dans les données et --strict est activé&#xa0;; rien n&apos;a été écrit</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 of %2 numbers to %3</source>
        <translation>%1 numéros sur %2 écrits dans %3</translation>
    </message>
    <message>
        <source>Where to write: a .csv, .xlsx or .json file, or - for standard output.</source>
        <translation>Où écrire&#xa0;: un fichier .csv, .xlsx ou .json, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>csv, xlsx or json (default: from the --out extension; csv for -).</source>
        <translation>csv, xlsx ou json (par défaut&#xa0;: selon l&apos;extension de --out&#xa0;; csv pour -).</translation>
    </message>
    <message>
        <source>CSV or .xlsx header: keys (default), titles or none.</source>
        <translation>En-tête CSV ou .xlsx&#xa0;: keys (par défaut), titles ou none.</translation>
    </message>
    <message>
        <source>.xlsx: timestamps as the text the server sent instead of date-time cells (UTC).</source>
        <translation>.xlsx&#xa0;: horodatages sous forme du texte envoyé par le serveur au lieu de cellules date-heure (UTC).</translation>
    </message>
    <message>
        <source>missing --out FILE (.csv, .xlsx, .json or - for standard output)</source>
        <translation>--out FICHIER manquant (.csv, .xlsx, .json ou - pour la sortie standard)</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or json, not &quot;%1&quot;</source>
        <translation>--format doit valoir csv, xlsx ou json, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot;: name it .csv, .xlsx or .json, or pass --format</source>
        <translation>format de &quot;%1&quot; indéterminable&#xa0;: nommez-le .csv, .xlsx ou .json, ou utilisez --format</translation>
    </message>
</context>
<context>
    <name>NumbersTableView</name>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>NumbersWidget</name>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exported %1 numbers to %2.</source>
        <translation>%1 numéros exportés vers %2.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of this view (the filter and the table&apos;s columns):</source>
        <translation>Nom de cette vue (le filtre et les colonnes du tableau)&#xa0;:</translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved.</source>
        <translation>Vue «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>View to delete:</source>
        <translation>Vue à supprimer&#xa0;:</translation>
    </message>
    <message>
        <source>Filters cleared to show %1.</source>
        <translation>Filtres effacés pour afficher %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s), %1 columns (the visible ones, in the table&apos;s order).</source>
        <translation>
            <numerusform>%Ln numéro, %1 colonnes (les colonnes visibles, dans l&apos;ordre du tableau).</numerusform>
            <numerusform>%Ln numéros, %1 colonnes (les colonnes visibles, dans l&apos;ordre du tableau).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenTarget</name>
    <message>
        <source>Give either a tenant (--tenant) or a number (--number), not both.</source>
        <translation>Indiquez soit un locataire (--tenant), soit un numéro (--number), mais pas les deux.</translation>
    </message>
    <message>
        <source>There is no connection yet. Start OC Numbers and add one (File › Add connection), or import one with ocnumbers-cli profile import.</source>
        <translation>Il n&apos;y a encore aucune connexion. Démarrez OC Numbers et ajoutez-en une (Fichier › Ajouter une connexion), ou importez-en une avec ocnumbers-cli profile import.</translation>
    </message>
    <message>
        <source>Name the connection with --connection NAME. The connections are: %1.</source>
        <translation>Indiquez la connexion avec --connection NAME. Les connexions sont&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;. The connections are: %2.</source>
        <translation>Il n&apos;existe aucune connexion nommée «&#xa0;%1&#xa0;». Les connexions sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Enter a phone number in E.164 form: &quot;+&quot;, the country code and the number, for example +442074996300.</source>
        <translation>Saisissez un numéro de téléphone au format E.164&#xa0;: «&#xa0;+&#xa0;», l&apos;indicatif du pays et le numéro, par exemple +442074996300.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in E.164 form. Enter &quot;+&quot;, the country code and the number, digits only, for example +442074996300.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone au format E.164. Saisissez «&#xa0;+&#xa0;», l&apos;indicatif du pays et le numéro, uniquement des chiffres, par exemple +442074996300.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant ID. Enter the customer&apos;s Microsoft tenant ID (msTenantId), a GUID like 7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de locataire. Saisissez l&apos;ID de locataire Microsoft du client (msTenantId), un GUID comme 7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ParseWarningsDialog</name>
    <message>
        <source>Warnings about the loaded numbers</source>
        <translation>Avertissements sur les numéros chargés</translation>
    </message>
    <message>
        <source>The numbers were loaded, but %1 things in them were odd; the first %2 are listed. Each record is kept, and a value that could not be read is kept in its raw JSON.</source>
        <translation>Les numéros ont été chargés, mais %1 éléments y étaient anormaux&#xa0;; les %2 premiers sont listés. Chaque enregistrement est conservé, et une valeur illisible est conservée dans son JSON brut.</translation>
    </message>
    <message numerus="yes">
        <source>The numbers were loaded, but %n thing(s) in them were odd. Each record is kept, and a value that could not be read is kept in its raw JSON.</source>
        <translation>
            <numerusform>Les numéros ont été chargés, mais %n élément y était anormal. Chaque enregistrement est conservé, et une valeur illisible est conservée dans son JSON brut.</numerusform>
            <numerusform>Les numéros ont été chargés, mais %n éléments y étaient anormaux. Chaque enregistrement est conservé, et une valeur illisible est conservée dans son JSON brut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>What was wrong</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected rows (or all) as tab-separated text with a header</source>
        <translation>Copier les lignes sélectionnées (ou toutes) en texte séparé par des tabulations, avec un en-tête</translation>
    </message>
</context>
<context>
    <name>PhoneQuery</name>
    <message>
        <source>A range has one &quot;..&quot; or &quot;-&quot; between its start and its end.</source>
        <translation>Une plage comporte un seul «&#xa0;..&#xa0;» ou «&#xa0;-&#xa0;» entre son début et sa fin.</translation>
    </message>
    <message>
        <source>A &quot;+&quot; can only begin a number.</source>
        <translation>Un «&#xa0;+&#xa0;» ne peut figurer qu&apos;au début d&apos;un numéro.</translation>
    </message>
    <message>
        <source>A range starts with a full number including its &quot;+&quot;, for example +44 20 7946 0000..0999.</source>
        <translation>Une plage commence par un numéro complet avec son «&#xa0;+&#xa0;», par exemple +44 20 7946 0000..0999.</translation>
    </message>
    <message>
        <source>Both ends of a range need the same number of digits; the start has %1, the end %2.</source>
        <translation>Les deux bornes d&apos;une plage doivent avoir le même nombre de chiffres&#xa0;; le début en a %1, la fin %2.</translation>
    </message>
    <message>
        <source>The end of the range has more digits (%1) than its start (%2). Give the end as a full number with &quot;+&quot; or as the last digits only, for example +44 20 7946 0000..0999.</source>
        <translation>La fin de la plage a plus de chiffres (%1) que son début (%2). Indiquez la fin sous forme de numéro complet avec «&#xa0;+&#xa0;» ou seulement par ses derniers chiffres, par exemple +44 20 7946 0000..0999.</translation>
    </message>
    <message>
        <source>The range ends (+%1) below its start (+%2).</source>
        <translation>La plage se termine (+%1) en dessous de son début (+%2).</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>The profile name, or the file to import.</source>
        <translation>Le nom du profil, ou le fichier à importer.</translation>
    </message>
    <message>
        <source>import: the name to save the profile under.</source>
        <translation>import&#xa0;: le nom sous lequel enregistrer le profil.</translation>
    </message>
    <message>
        <source>export: the file to write, or - for standard output.</source>
        <translation>export&#xa0;: le fichier à écrire, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>missing action</source>
        <translation>action manquante</translation>
    </message>
    <message>
        <source>%1 needs a profile name or file</source>
        <translation>%1 nécessite un nom de profil ou un fichier</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a profile (a JSON object): %1</source>
        <translation>pas un profil (un objet JSON)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>Profil &quot;%1&quot; enregistré.</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation>aucun profil nommé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation>Profil &quot;%1&quot; supprimé.</translation>
    </message>
    <message>
        <source>cannot read the secret from standard input</source>
        <translation>impossible de lire le secret sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>standard input holds no secret</source>
        <translation>l&apos;entrée standard ne contient aucun secret</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is in the keychain.</source>
        <translation>Le secret de &quot;%1&quot; est dans le trousseau.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>action inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; a profile file is a few hundred bytes. Check that it is a profile exported by OC Numbers.</source>
        <translation>le fichier dépasse 1 Mio&#xa0;; un fichier de profil ne fait que quelques centaines d&apos;octets. Vérifiez qu&apos;il s&apos;agit d&apos;un profil exporté par OC Numbers.</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; exists already. Pass --replace to replace it, or --name NAME to import this one under another name.</source>
        <translation>un profil nommé &quot;%1&quot; existe déjà. Utilisez --replace pour le remplacer, ou --name NAME pour importer celui-ci sous un autre nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now points to other addresses: its stored client secret and saved sign-in were removed. Store the secret again with &quot;%2 set-secret&quot; if it uses one.</source>
        <translation>&quot;%1&quot; pointe désormais vers d&apos;autres adresses&#xa0;: son secret client et sa session enregistrés ont été supprimés. Enregistrez à nouveau le secret avec &quot;%2 set-secret&quot; si le profil en utilise un.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now points to other addresses; its stored client secret and saved sign-in could not be removed (%2). They are not used for the new addresses.</source>
        <translation>&quot;%1&quot; pointe désormais vers d&apos;autres adresses&#xa0;; son secret client et sa session enregistrés n&apos;ont pas pu être supprimés (%2). Ils ne sont pas utilisés pour les nouvelles adresses.</translation>
    </message>
    <message>
        <source>Replaced profile &quot;%1&quot;.</source>
        <translation>Profil &quot;%1&quot; remplacé.</translation>
    </message>
    <message>
        <source>import: replace the profile of the same name. If the addresses differ, its stored secret and sign-in are removed.</source>
        <translation>import&#xa0;: remplacer le profil de même nom. Si les adresses diffèrent, son secret et sa session enregistrés sont supprimés.</translation>
    </message>
    <message>
        <source>the stored secret and sign-in of &quot;%1&quot; could not be removed from the keychain: %2</source>
        <translation>le secret et la session enregistrés de &quot;%1&quot; n&apos;ont pas pu être supprimés du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the client secret from standard input</source>
        <translation>impossible de lire le secret client sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>No client secret: set OCNUMBERS_CLIENT_SECRET, pass --client-secret-stdin or store one with set-secret.</source>
        <translation>Aucun secret client&#xa0;: définissez OCNUMBERS_CLIENT_SECRET, utilisez --client-secret-stdin ou enregistrez-en un avec set-secret.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; cannot be tested until it is fixed: %2</source>
        <translation>le profil &quot;%1&quot; ne peut pas être testé tant qu&apos;il n&apos;est pas corrigé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Manages connection profiles: list, show NAME, import FILE, export NAME, remove NAME, set-secret NAME, test NAME. Profile files hold no secrets; set-secret reads the app registration&apos;s secret from standard input and keeps it in the OS keychain.</source>
        <translation>Gère les profils de connexion&#xa0;: list, show NAME, import FILE, export NAME, remove NAME, set-secret NAME, test NAME. Les fichiers de profil ne contiennent aucun secret&#xa0;; set-secret lit le secret de l&apos;inscription d&apos;application sur l&apos;entrée standard et le conserve dans le trousseau du système.</translation>
    </message>
    <message>
        <source>list, show, import, export, remove, set-secret or test (signs in and asks Live Platform once, saying what works and what to fix).</source>
        <translation>list, show, import, export, remove, set-secret ou test (se connecte et interroge Live Platform une fois, en indiquant ce qui fonctionne et ce qu&apos;il faut corriger).</translation>
    </message>
    <message>
        <source>test: read the app registration&apos;s secret from the first line of standard input (else OCNUMBERS_CLIENT_SECRET, else the keychain).</source>
        <translation>test&#xa0;: lire le secret de l&apos;inscription d&apos;application sur la première ligne de l&apos;entrée standard (sinon OCNUMBERS_CLIENT_SECRET, sinon le trousseau).</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Add a Live Platform connection</source>
        <translation>Ajouter une connexion Live Platform</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>For example: Contoso production</source>
        <translation>Par exemple&#xa0;: Contoso production</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Live Platform</source>
        <translation>Live Platform</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>https://live.example.com/tenantui</source>
        <translation>https://live.example.com/tenantui</translation>
    </message>
    <message>
        <source>Live Platform address</source>
        <translation>Adresse de Live Platform</translation>
    </message>
    <message>
        <source>The address of your Live Platform, up to and including /tenantui.</source>
        <translation>L&apos;adresse de votre Live Platform, jusqu&apos;à /tenantui inclus.</translation>
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation>A&amp;PI&#xa0;:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>Taille de pa&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>Numbers per page</source>
        <translation>Numéros par page</translation>
    </message>
    <message>
        <source> numbers</source>
        <translation> numéros</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Channel id (optional)</source>
        <translation>ID du canal (facultatif)</translation>
    </message>
    <message>
        <source>Optional: a channel id limits the view to that channel&apos;s customers (X-Ovoc-Channel-Id).</source>
        <translation>Facultatif&#xa0;: un ID de canal limite l&apos;affichage aux clients de ce canal (X-Ovoc-Channel-Id).</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai&#xa0;:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai d&apos;attente en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Change these only if your Live Platform&apos;s v3 API uses other query names.</source>
        <translation>Ne les modifiez que si l&apos;API v3 de votre Live Platform utilise d&apos;autres noms de paramètres.</translation>
    </message>
    <message>
        <source>Page number key:</source>
        <translation>Paramètre de page&#xa0;:</translation>
    </message>
    <message>
        <source>Page number query key</source>
        <translation>Paramètre de requête du numéro de page</translation>
    </message>
    <message>
        <source>Page size key:</source>
        <translation>Paramètre de taille&#xa0;:</translation>
    </message>
    <message>
        <source>Page size query key</source>
        <translation>Paramètre de requête de la taille de page</translation>
    </message>
    <message>
        <source>Status key:</source>
        <translation>Paramètre de statut&#xa0;:</translation>
    </message>
    <message>
        <source>Number status query key</source>
        <translation>Paramètre de requête du statut des numéros</translation>
    </message>
    <message>
        <source>Largest answer:</source>
        <translation>Réponse max.&#xa0;:</translation>
    </message>
    <message>
        <source>Largest answer in megabytes</source>
        <translation>Taille maximale de réponse en mégaoctets</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Sign-in (Microsoft Entra ID)</source>
        <translation>Connexion (Microsoft Entra ID)</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation>A&amp;utorité&#xa0;:</translation>
    </message>
    <message>
        <source>https://login.microsoftonline.com</source>
        <translation>https://login.microsoftonline.com</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>Autorité de connexion</translation>
    </message>
    <message>
        <source>&amp;Directory (tenant) ID:</source>
        <translation>&amp;ID de l&apos;annuaire&#xa0;:</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation>ID de l&apos;annuaire (locataire)</translation>
    </message>
    <message>
        <source>Your own Entra tenant, not the customer&apos;s: Entra admin center › Overview › Tenant ID, or your .onmicrosoft.com domain.</source>
        <translation>Votre propre locataire Entra, pas celui du client&#xa0;: Centre d&apos;administration Entra › Vue d&apos;ensemble › ID de locataire, ou votre domaine .onmicrosoft.com.</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>ID c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>É&amp;tendue&#xa0;:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>The Live Platform API&apos;s application ID URI followed by /.default.</source>
        <translation>L&apos;URI d&apos;ID d&apos;application de l&apos;API Live Platform suivi de /.default.</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation>Problèmes du profil</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la conne&amp;xion</translation>
    </message>
    <message>
        <source>Edit the connection &quot;%1&quot;</source>
        <translation>Modifier la connexion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>v3: numbers in pages</source>
        <translation>v3&#xa0;: numéros par pages</translation>
    </message>
    <message>
        <source>v2: the whole list in one answer</source>
        <translation>v2&#xa0;: toute la liste en une réponse</translation>
    </message>
    <message>
        <source>App registration (client secret)</source>
        <translation>Inscription d&apos;application (secret client)</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Code d&apos;appareil</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Entra admin center › App registrations › the app Live Platform trusts (LiveCloud-APIToken) › Application (client) ID.</source>
        <translation>Centre d&apos;administration Entra › Inscriptions d&apos;applications › l&apos;application approuvée par Live Platform (LiveCloud-APIToken) › ID d&apos;application (client).</translation>
    </message>
    <message>
        <source>The Application (client) ID of the public client app registered for OC Numbers, not the LiveCloud-APIToken app.</source>
        <translation>L&apos;ID d&apos;application (client) de l&apos;application cliente publique inscrite pour OC Numbers, pas celui de l&apos;application LiveCloud-APIToken.</translation>
    </message>
    <message>
        <source>Not used: signing in as a user needs no secret.</source>
        <translation>Non utilisé&#xa0;: la connexion en tant qu&apos;utilisateur ne nécessite aucun secret.</translation>
    </message>
    <message>
        <source>The secret&apos;s Value (shown once, when it was made), not its Secret ID. Kept in the keychain, never in the profile.</source>
        <translation>La «&#xa0;Valeur&#xa0;» du secret (affichée une seule fois, à sa création), pas son «&#xa0;ID de secret&#xa0;». Conservée dans le trousseau, jamais dans le profil.</translation>
    </message>
    <message>
        <source>Stored; leave empty to keep it</source>
        <translation>Stocké&#xa0;; laissez vide pour le conserver</translation>
    </message>
    <message>
        <source>Paste the secret&apos;s value</source>
        <translation>Collez la valeur du secret</translation>
    </message>
    <message>
        <source>The stored secret could not be read to keep it under the new name: %1. Enter the secret again, or keep the old name.</source>
        <translation>Le secret stocké n&apos;a pas pu être lu pour le conserver sous le nouveau nom&#xa0;: %1. Saisissez à nouveau le secret, ou gardez l&apos;ancien nom.</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>Test arrêté.</translation>
    </message>
    <message>
        <source>No client secret: type the app registration&apos;s secret to test the sign-in.</source>
        <translation>Aucun secret client&#xa0;: saisissez le secret de l&apos;inscription d&apos;application pour tester la connexion.</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Se connecter a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>Stop &amp;test</source>
        <translation>A&amp;rrêter le test</translation>
    </message>
    <message>
        <source>What saving removes</source>
        <translation>Ce que l&apos;enregistrement supprime</translation>
    </message>
    <message>
        <source>the authority</source>
        <translation>l&apos;autorité</translation>
    </message>
    <message>
        <source>the directory</source>
        <translation>l&apos;annuaire</translation>
    </message>
    <message>
        <source>the client id</source>
        <translation>l&apos;ID client</translation>
    </message>
    <message>
        <source>the base URL</source>
        <translation>l&apos;URL de base</translation>
    </message>
    <message>
        <source>the addresses</source>
        <translation>les adresses</translation>
    </message>
    <message>
        <source>You changed %1. Saving removes the client secret and saved sign-in stored for this connection: they were issued for the old addresses. Enter the secret again if it uses one.</source>
        <translation>Vous avez modifié %1. L&apos;enregistrement supprime le secret client et la session enregistrés pour cette connexion&#xa0;: ils ont été délivrés pour les anciennes adresses. Saisissez à nouveau le secret si la connexion en utilise un.</translation>
    </message>
    <message>
        <source>The secret was not stored in the keychain. %1 Save again to keep the connection without it: the secret is then used until OC Numbers closes, and asked for at sign-in after that.</source>
        <translation>Le secret n&apos;a pas été stocké dans le trousseau. %1 Enregistrez à nouveau pour conserver la connexion sans lui&#xa0;: le secret est alors utilisé jusqu&apos;à la fermeture d&apos;OC Numbers, puis redemandé à la connexion.</translation>
    </message>
    <message>
        <source>The keychain could not be read. %1 Type the client secret to test the sign-in.</source>
        <translation>Le trousseau n&apos;a pas pu être lu. %1 Saisissez le secret client pour tester la connexion.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>cannot listen on 127.0.0.1 port %1 (in use, or not allowed)</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1 port %1 (occupé ou non autorisé)</translation>
    </message>
</context>
<context>
    <name>SbcRoutingDialog</name>
    <message>
        <source>SBC routing</source>
        <translation>Routage SBC</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Inbound calling:</source>
        <translation>Appels entrants&#xa0;:</translation>
    </message>
    <message>
        <source>Inbound calling</source>
        <translation>Appels entrants</translation>
    </message>
    <message>
        <source>Calling profile:</source>
        <translation>Profil d&apos;appel&#xa0;:</translation>
    </message>
    <message>
        <source>Calling profile</source>
        <translation>Profil d&apos;appel</translation>
    </message>
    <message>
        <source>Outbound calling:</source>
        <translation>Appels sortants&#xa0;:</translation>
    </message>
    <message>
        <source>Outbound calling</source>
        <translation>Appels sortants</translation>
    </message>
    <message>
        <source>SBCs of this number</source>
        <translation>SBC de ce numéro</translation>
    </message>
    <message>
        <source>SBC</source>
        <translation>SBC</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>SBC ID</source>
        <translation>ID du SBC</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>This number has no SBC in its list</source>
        <translation>Ce numéro n&apos;a aucun SBC dans sa liste</translation>
    </message>
    <message>
        <source>Show only numbers &amp;through this SBC</source>
        <translation>&amp;Afficher uniquement les numéros de ce SBC</translation>
    </message>
    <message>
        <source>Filter the main table to the numbers routed through the selected SBC</source>
        <translation>Filtrer le tableau principal sur les numéros routés via le SBC sélectionné</translation>
    </message>
    <message>
        <source>Show only numbers through this SBC</source>
        <translation>Afficher uniquement les numéros de ce SBC</translation>
    </message>
    <message>
        <source>Other numbers through these SBCs</source>
        <translation>Autres numéros via ces SBC</translation>
    </message>
    <message>
        <source>Other numbers by country</source>
        <translation>Autres numéros par pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Other numbers by status</source>
        <translation>Autres numéros par statut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>SBC routing — %1</source>
        <translation>Routage SBC — %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <source>Available but not acquired</source>
        <translation>Disponible mais non acquis</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Without an SBC, this number shares its routing with no other number</source>
        <translation>Sans SBC, ce numéro ne partage son routage avec aucun autre numéro</translation>
    </message>
    <message>
        <source>No other loaded number uses this SBC</source>
        <translation>Aucun autre numéro chargé n&apos;utilise ce SBC</translation>
    </message>
    <message>
        <source>No other loaded number uses these SBCs</source>
        <translation>Aucun autre numéro chargé n&apos;utilise ces SBC</translation>
    </message>
    <message>
        <source>Other numbers through this SBC</source>
        <translation>Autres numéros via ce SBC</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other loaded numbers use this SBC</source>
        <translation>
            <numerusform>%Ln autre numéro chargé utilise ce SBC</numerusform>
            <numerusform>%Ln autres numéros chargés utilisent ce SBC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other loaded numbers use these SBCs</source>
        <translation>
            <numerusform>%Ln autre numéro chargé utilise ces SBC</numerusform>
            <numerusform>%Ln autres numéros chargés utilisent ces SBC</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Paste the secret&apos;s value</source>
        <translation>Collez la valeur du secret</translation>
    </message>
    <message>
        <source>&amp;Keep it in the keychain for later sign-ins</source>
        <translation>&amp;Conserver dans le trousseau pour les prochaines connexions</translation>
    </message>
    <message>
        <source>Client secret for &quot;%1&quot;</source>
        <translation>Secret client pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; signs in with the app registration %2. Enter its client secret (the secret&apos;s Value, not its Secret ID). It is used until OC Numbers closes.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» se connecte avec l&apos;inscription d&apos;application %2. Saisissez son secret client (la «&#xa0;Valeur&#xa0;» du secret, pas son «&#xa0;ID de secret&#xa0;»). Il est utilisé jusqu&apos;à la fermeture d&apos;OC Numbers.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se conn&amp;ecter</translation>
    </message>
</context>
<context>
    <name>SignInPromptDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>Copy &amp;code</source>
        <translation>Copier le &amp;code</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copier l&apos;&amp;adresse</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Sign in with a code</source>
        <translation>Se connecter avec un code</translation>
    </message>
    <message>
        <source>On any device with a browser, open the address below, enter the code and sign in with your work account. This window closes by itself when you are done. The code is valid until %1.</source>
        <translation>Sur n&apos;importe quel appareil doté d&apos;un navigateur, ouvrez l&apos;adresse ci-dessous, saisissez le code et connectez-vous avec votre compte professionnel. Cette fenêtre se ferme d&apos;elle-même une fois terminé. Le code est valable jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Se connecter dans le navigateur</translation>
    </message>
    <message>
        <source>No browser could be started. Open this address in a browser on this computer and sign in; OC Numbers continues by itself when you are done.</source>
        <translation>Aucun navigateur n&apos;a pu être lancé. Ouvrez cette adresse dans un navigateur sur cet ordinateur et connectez-vous&#xa0;; OC Numbers poursuivra de lui-même une fois terminé.</translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <source>App registration %1</source>
        <translation>Inscription d&apos;application %1</translation>
    </message>
    <message>
        <source>App registration %1 (%2)</source>
        <translation>Inscription d&apos;application %1 (%2)</translation>
    </message>
    <message>
        <source>No keychain is available for the client secret of &quot;%1&quot;.</source>
        <translation>Aucun trousseau n&apos;est disponible pour le secret client de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No client secret is stored for &quot;%1&quot;. Edit the connection and enter the app registration&apos;s secret.</source>
        <translation>Aucun secret client n&apos;est stocké pour «&#xa0;%1&#xa0;». Modifiez la connexion et saisissez le secret de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is not signed in to anything until it is fixed: %2</source>
        <translation>La connexion «&#xa0;%1&#xa0;» n&apos;ouvre aucune session tant qu&apos;elle n&apos;est pas corrigée&#xa0;: %2</translation>
    </message>
    <message>
        <source>No client secret is stored for &quot;%1&quot;.</source>
        <translation>Aucun secret client n&apos;est stocké pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; is used until OC Numbers closes but was not stored in the keychain. %2</source>
        <translation>Le secret client de «&#xa0;%1&#xa0;» est utilisé jusqu&apos;à la fermeture d&apos;OC Numbers, mais n&apos;a pas été stocké dans le trousseau. %2</translation>
    </message>
    <message>
        <source>Not signed in: no client secret was entered for &quot;%1&quot;.</source>
        <translation>Non connecté&#xa0;: aucun secret client n&apos;a été saisi pour «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>cannot open the snapshot: %1</source>
        <translation>impossible d&apos;ouvrir l&apos;instantané&#xa0;: %1</translation>
    </message>
    <message>
        <source>not an OC Numbers snapshot</source>
        <translation>ce n&apos;est pas un instantané OC Numbers</translation>
    </message>
    <message>
        <source>the snapshot is truncated (its header ends early)</source>
        <translation>l&apos;instantané est tronqué (son en-tête se termine trop tôt)</translation>
    </message>
    <message>
        <source>the snapshot&apos;s header is damaged (no format version)</source>
        <translation>l&apos;en-tête de l&apos;instantané est endommagé (aucune version de format)</translation>
    </message>
    <message>
        <source>the snapshot was written by a newer version of OC Numbers (format %1; this version reads format %2): update OC Numbers to open it</source>
        <translation>l&apos;instantané a été écrit par une version plus récente d&apos;OC Numbers (format %1&#xa0;; cette version lit le format %2)&#xa0;: mettez à jour OC Numbers pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the snapshot&apos;s header is damaged (too long)</source>
        <translation>l&apos;en-tête de l&apos;instantané est endommagé (trop long)</translation>
    </message>
    <message>
        <source>the snapshot&apos;s header is damaged (its description is not valid)</source>
        <translation>l&apos;en-tête de l&apos;instantané est endommagé (sa description n&apos;est pas valide)</translation>
    </message>
    <message>
        <source>cannot read the snapshot: %1</source>
        <translation>impossible de lire l&apos;instantané&#xa0;: %1</translation>
    </message>
    <message>
        <source>not enough memory to read the snapshot</source>
        <translation>mémoire insuffisante pour lire l&apos;instantané</translation>
    </message>
    <message>
        <source>the snapshot is damaged (its compressed data is not valid: %1)</source>
        <translation>l&apos;instantané est endommagé (ses données compressées ne sont pas valides&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the snapshot is truncated (the compressed data ends early)</source>
        <translation>l&apos;instantané est tronqué (les données compressées se terminent trop tôt)</translation>
    </message>
    <message>
        <source>cannot write the snapshot: %1</source>
        <translation>impossible d&apos;écrire l&apos;instantané&#xa0;: %1</translation>
    </message>
    <message>
        <source>the snapshot is damaged (it holds %1 numbers, its header says %2)</source>
        <translation>l&apos;instantané est endommagé (il contient %1 numéros, son en-tête en indique %2)</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>impossible d&apos;écrire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>Cannot create the snapshot folder %1: check that it can be written.</source>
        <translation>Impossible de créer le dossier des instantanés %1&#xa0;: vérifiez qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot delete the snapshot %1: %2</source>
        <translation>Impossible de supprimer l&apos;instantané %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Each completed load can be kept as a snapshot of the numbers received, to open or export later without signing in.</source>
        <translation>Chaque chargement terminé peut être conservé sous forme d&apos;instantané des numéros reçus, pour l&apos;ouvrir ou l&apos;exporter plus tard sans se connecter.</translation>
    </message>
    <message>
        <source>There are no snapshots yet. With &quot;Keep a snapshot of each load&quot; on, one is kept each time numbers finish loading.</source>
        <translation>Il n&apos;y a pas encore d&apos;instantané. Si «&#xa0;Conserver un instantané de chaque chargement&#xa0;» est activé, un instantané est conservé chaque fois qu&apos;un chargement de numéros se termine.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show the snapshot&apos;s numbers in the window</source>
        <translation>Afficher les numéros de l&apos;instantané dans la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the snapshot&apos;s numbers as a JSON file that OC Numbers and ocnumbers-cli read</source>
        <translation>Enregistrer les numéros de l&apos;instantané dans un fichier JSON que lisent OC Numbers et ocnumbers-cli</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Keep a snapshot of each load</source>
        <translation>&amp;Conserver un instantané de chaque chargement</translation>
    </message>
    <message>
        <source>Snapshots per &amp;tenant:</source>
        <translation>Instantanés par &amp;locataire&#xa0;:</translation>
    </message>
    <message>
        <source>How many of the newest snapshots of one connection and tenant are kept</source>
        <translation>Nombre des instantanés les plus récents conservés par connexion et par locataire</translation>
    </message>
    <message>
        <source>Total size &amp;limit:</source>
        <translation>&amp;Taille totale maximale&#xa0;:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>When all snapshots together are larger, the oldest are deleted</source>
        <translation>Quand l&apos;ensemble des instantanés dépasse cette taille, les plus anciens sont supprimés</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Utilisé&#xa0;:</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>(connection without a name)</source>
        <translation>(connexion sans nom)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the snapshot folder could not be read and are not listed.</source>
        <translation>
            <numerusform>%n fichier du dossier des instantanés n&apos;a pas pu être lu et n&apos;est pas listé.</numerusform>
            <numerusform>%n fichiers du dossier des instantanés n&apos;ont pas pu être lus et ne sont pas listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2
%3</source>
        <translation>%1 sur %2
%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n snapshot(s)</source>
        <translation>
            <numerusform>%1 dans %n instantané</numerusform>
            <numerusform>%1 dans %n instantanés</numerusform>
        </translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Exporter l&apos;instantané</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delete snapshots</source>
        <translation>Supprimer les instantanés</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n instantané&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n instantanés&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantCombo</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>TokenReply</name>
    <message>
        <source>the answer was empty</source>
        <translation>la réponse était vide</translation>
    </message>
    <message>
        <source>the answer is not a JSON object (%1 bytes)</source>
        <translation>la réponse n&apos;est pas un objet JSON (%1 octets)</translation>
    </message>
    <message>
        <source>the answer holds no access_token</source>
        <translation>la réponse ne contient pas d&apos;access_token</translation>
    </message>
    <message>
        <source>the token is of type &quot;%1&quot;, not a bearer token</source>
        <translation>le jeton est de type «&#xa0;%1&#xa0;», et non un jeton du porteur (bearer)</translation>
    </message>
    <message>
        <source>the answer holds no positive expires_in</source>
        <translation>la réponse ne contient pas d&apos;expires_in positif</translation>
    </message>
    <message>
        <source>The sign-in service at %1 did not answer with a usable token: %2. Nothing was kept. Sign in again; if this repeats, check the authority URL of the connection.</source>
        <translation>Le service de connexion de %1 n&apos;a renvoyé aucun jeton utilisable&#xa0;: %2. Rien n&apos;a été conservé. Reconnectez-vous&#xa0;; si le problème se reproduit, vérifiez l&apos;URL de l&apos;autorité de la connexion.</translation>
    </message>
</context>
<context>
    <name>WarningsButton</name>
    <message>
        <source>Some records of the list were odd: show what the parser noticed</source>
        <translation>Certains enregistrements de la liste étaient anormaux&#xa0;: afficher ce que l&apos;analyseur a relevé</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>impossible de créer le classeur</translation>
    </message>
    <message>
        <source>cannot name the sheet &quot;%1&quot;</source>
        <translation>impossible de nommer la feuille &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the workbook was not created</source>
        <translation>le classeur n&apos;a pas été créé</translation>
    </message>
    <message>
        <source>cannot read the workbook back: %1</source>
        <translation>impossible de relire le classeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>échec de l&apos;écriture&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>impossible d&apos;écrire le classeur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>a sheet holds at most %1 rows, and there are %2: filter them, or export CSV</source>
        <translation>une feuille contient au plus %1 lignes, et il y en a %2&#xa0;: filtrez-les ou exportez en CSV</translation>
    </message>
    <message>
        <source>Telephone numbers: %1</source>
        <translation>Numéros de téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 rows</source>
        <translation>annulé après %1 lignes sur %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Load a tenant&apos;s numbers from Live Platform</source>
        <translation>Charger les numéros d&apos;un locataire depuis Live Platform</translation>
    </message>
    <message>
        <source>Manage connection profiles</source>
        <translation>Gérer les profils de connexion</translation>
    </message>
    <message>
        <source>Convert a saved response to CSV or JSON</source>
        <translation>Convertir une réponse enregistrée en CSV ou JSON</translation>
    </message>
    <message>
        <source>Run &apos;ocnumbers-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez &apos;ocnumbers-cli COMMAND --help&apos; pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: ocnumbers-cli COMMAND [options]</source>
        <translation>Utilisation&#xa0;: ocnumbers-cli COMMAND [options]</translation>
    </message>
    <message>
        <source>Show what changed between two saved responses</source>
        <translation>Montrer ce qui a changé entre deux réponses enregistrées</translation>
    </message>
    <message>
        <source>Exit codes: 0 success (diff: no differences), 1 diff: differences, 2 bad usage, 3 bad data, 4 input/output error, 5 sign-in failed, 6 server or network failure.</source>
        <translation>Codes de sortie&#xa0;: 0 succès (diff&#xa0;: aucune différence), 1 diff&#xa0;: différences, 2 mauvaise utilisation, 3 données incorrectes, 4 erreur d&apos;entrée/sortie, 5 échec de la connexion, 6 erreur du serveur ou du réseau.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, filter and export Microsoft Teams Operator Connect numbers.</source>
        <translation>Parcourir, filtrer et exporter les numéros Operator Connect de Microsoft Teams.</translation>
    </message>
    <message>
        <source>Start the built-in demo server and load its largest tenant.</source>
        <translation>Démarrer le serveur de démonstration intégré et charger son plus grand locataire.</translation>
    </message>
    <message>
        <source>How many numbers the demo&apos;s largest tenant has.</source>
        <translation>Nombre de numéros du plus grand locataire de la démo.</translation>
    </message>
    <message>
        <source>light, dark or system (the default: the desktop&apos;s colours).</source>
        <translation>light, dark ou system (par défaut&#xa0;: les couleurs du bureau).</translation>
    </message>
    <message>
        <source>Make the demo server fail on purpose, as ocnumbers-sandbox --faults does (e.g. numbers-v2:503=2:times=1), to see how failures look.</source>
        <translation>Faire échouer volontairement le serveur de démonstration, comme le fait ocnumbers-sandbox --faults (par ex. numbers-v2:503=2:times=1), pour voir comment les échecs s&apos;affichent.</translation>
    </message>
    <message>
        <source>Open with this connection chosen (its name as in the window). Without it, --tenant and --number use the last connection used.</source>
        <translation>Ouvrir avec cette connexion sélectionnée (son nom tel qu&apos;il apparaît dans la fenêtre). Sans cette option, --tenant et --number utilisent la dernière connexion utilisée.</translation>
    </message>
    <message>
        <source>Load this tenant (the customer&apos;s Microsoft tenant ID).</source>
        <translation>Charger ce locataire (l&apos;ID de locataire Microsoft du client).</translation>
    </message>
    <message>
        <source>Look this number up (E.164, e.g. +442074996300) and show it with its tenant and customer.</source>
        <translation>Rechercher ce numéro (E.164, par ex. +442074996300) et l&apos;afficher avec son locataire et son client.</translation>
    </message>
    <message>
        <source>A saved Live Platform response or snapshot to show, read-only.</source>
        <translation>Une réponse Live Platform enregistrée ou un instantané à afficher en lecture seule.</translation>
    </message>
</context>
</TS>
