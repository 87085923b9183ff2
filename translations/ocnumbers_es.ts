<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OC Numbers</source>
        <translation>Acerca de OC Numbers</translation>
    </message>
    <message>
        <source>OC Numbers</source>
        <translation>OC Numbers</translation>
    </message>
    <message>
        <source>Browse, filter and export Microsoft Teams Operator Connect numbers from AudioCodes Live Platform.</source>
        <translation>Examina, filtra y exporta números de Operator Connect de Microsoft Teams desde AudioCodes Live Platform.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Version %1 · built with Qt %2, running on Qt %3</source>
        <translation>Versión %1 · compilada con Qt %2, en ejecución con Qt %3</translation>
    </message>
    <message>
        <source>OC Numbers is free software under the MIT licence. It is built with:</source>
        <translation>OC Numbers es software libre con licencia MIT. Se ha creado con:</translation>
    </message>
    <message>
        <source>GNU LGPL version 3 (Qt Base, Network, Network Authorization, HTTP Server)</source>
        <translation>GNU LGPL versión 3 (Qt Base, Network, Network Authorization, HTTP Server)</translation>
    </message>
    <message>
        <source>BSD 3-Clause licence</source>
        <translation>Licencia BSD de 3 cláusulas</translation>
    </message>
    <message>
        <source>Apache License 2.0 or MIT licence</source>
        <translation>Licencia Apache 2.0 o licencia MIT</translation>
    </message>
    <message>
        <source>Microsoft, Teams and Entra are trademarks of Microsoft Corporation; AudioCodes and Live Platform are trademarks of AudioCodes Ltd. OC Numbers is not affiliated with either.</source>
        <translation>Microsoft, Teams y Entra son marcas comerciales de Microsoft Corporation; AudioCodes y Live Platform son marcas comerciales de AudioCodes Ltd. OC Numbers no está afiliado a ninguna de ellas.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Every request this window made, newest last: where it went, how it ended and the server&apos;s error ticket. No token, secret or code is kept.</source>
        <translation>Cada solicitud que hizo esta ventana, la más reciente al final: adónde fue, cómo terminó y el ticket de error del servidor. No se guarda ningún token, secreto ni código.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copies every request as tab-separated text, for a support case</source>
        <translation>Copia todas las solicitudes como texto separado por tabulaciones, para un caso de soporte</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Error ticket</source>
        <translation>Ticket de error</translation>
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
        <translation>OC Numbers no está esperando ningún inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in did not complete: %1</source>
        <translation>El inicio de sesión no se completó: %1</translation>
    </message>
    <message>
        <source>The answer held no authorization code.</source>
        <translation>La respuesta no contenía ningún código de autorización.</translation>
    </message>
    <message>
        <source>The sign-in page came back without an authorization code.</source>
        <translation>La página de inicio de sesión volvió sin código de autorización.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Se rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation>Error al iniciar sesión (%1).</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid. Sign in again.</source>
        <translation>La sesión guardada ya no es válida. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in service refused the token request (%1).</source>
        <translation>El servicio de inicio de sesión rechazó la solicitud del token (%1).</translation>
    </message>
    <message>
        <source>The sign-in was not finished in time. Start it again.</source>
        <translation>El inicio de sesión no se completó a tiempo. Vuelve a empezar.</translation>
    </message>
    <message>
        <source>Cannot open a loopback port for the sign-in answer. Use device-code sign-in instead.</source>
        <translation>No se puede abrir un puerto de bucle invertido para la respuesta del inicio de sesión. Inicia sesión con un código de dispositivo.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with the browser first.</source>
        <translation>No has iniciado sesión. Inicia sesión primero en el navegador.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in progress; it was ignored. Finish the sign-in in the tab that OC Numbers opened.</source>
        <translation>Esta respuesta no corresponde al inicio de sesión en curso y se ha ignorado. Completa el inicio de sesión en la pestaña que abrió OC Numbers.</translation>
    </message>
    <message>
        <source>The sign-in was not started: %1</source>
        <translation>No se empezó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>No has iniciado sesión: %1</translation>
    </message>
</context>
<context>
    <name>ChangesWindow</name>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Campo:</translation>
    </message>
    <message>
        <source>Changed field</source>
        <translation>Campo modificado</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparando</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Sin diferencias</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the changes shown to a CSV file or an Excel workbook</source>
        <translation>Escribir los cambios mostrados en un archivo CSV o un libro de Excel</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Cambios de %1 a %2</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Comparando %1 con %2…</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed</source>
        <translation>De %1 a %2: %3 añadidos, %4 eliminados, %5 modificados</translation>
    </message>
    <message>
        <source>, %1 duplicated</source>
        <translation>, %1 duplicados</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Todos los campos</translation>
    </message>
    <message>
        <source>No changes match the filters</source>
        <translation>Ningún cambio coincide con los filtros</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>Exportar cambios</translation>
    </message>
    <message>
        <source>Exported %1 changes to %2</source>
        <translation>%1 cambios exportados a %2</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsTokenSource</name>
    <message>
        <source>Signing in to %1 timed out. Check the network, or the authority URL in the connection profile.</source>
        <translation>Se agotó el tiempo de espera al iniciar sesión en %1. Comprueba la red o la URL de la autoridad en el perfil de conexión.</translation>
    </message>
    <message>
        <source>Cannot reach %1 to sign in: %2. Check the network, or the authority URL in the connection profile.</source>
        <translation>No se puede acceder a %1 para iniciar sesión: %2. Comprueba la red o la URL de la autoridad en el perfil de conexión.</translation>
    </message>
    <message>
        <source>The app registration %1 does not exist in directory %2. Check the client id and the directory (tenant) id of the connection profile.</source>
        <translation>El registro de aplicación %1 no existe en el directorio %2. Comprueba el Id. de cliente y el Id. de directorio (inquilino) del perfil de conexión.</translation>
    </message>
    <message>
        <source>The client secret is wrong (or is the secret&apos;s id instead of its value). Enter the secret&apos;s value again in the connection profile.</source>
        <translation>El secreto de cliente no es correcto (o es el Id. del secreto en lugar de su valor). Vuelve a escribir el valor del secreto en el perfil de conexión.</translation>
    </message>
    <message>
        <source>The client secret has expired. Create a new secret for the app registration and enter it in the connection profile.</source>
        <translation>El secreto de cliente ha caducado. Crea un secreto nuevo para el registro de aplicación y escríbelo en el perfil de conexión.</translation>
    </message>
    <message>
        <source>The scope is not valid for this sign-in. It must be the Live Platform API&apos;s application ID URI followed by /.default.</source>
        <translation>El ámbito no es válido para este inicio de sesión. Debe ser el URI de Id. de aplicación de la API de Live Platform seguido de /.default.</translation>
    </message>
    <message>
        <source>Directory %1 was not found. Check the directory (tenant) id of the connection profile.</source>
        <translation>No se encontró el directorio %1. Comprueba el Id. de directorio (inquilino) del perfil de conexión.</translation>
    </message>
    <message>
        <source>Sign-in was refused (%1): %2</source>
        <translation>Se rechazó el inicio de sesión (%1): %2</translation>
    </message>
    <message>
        <source>The sign-in service answered HTTP %1 without an explanation. Check the authority URL of the connection profile.</source>
        <translation>El servicio de inicio de sesión respondió HTTP %1 sin explicación. Comprueba la URL de la autoridad del perfil de conexión.</translation>
    </message>
    <message>
        <source>The client secret was not sent: %1</source>
        <translation>No se envió el secreto de cliente: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Prueba &apos;%1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>CommandLineSignIn</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>cannot read the client secret from standard input</source>
        <translation>no se puede leer el secreto de cliente de la entrada estándar</translation>
    </message>
    <message>
        <source>no client secret: set OCNUMBERS_CLIENT_SECRET or pass --client-secret-stdin</source>
        <translation>no hay secreto de cliente: define OCNUMBERS_CLIENT_SECRET o usa --client-secret-stdin</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Which numbers were added, removed or changed from one load to another. Numbers are matched by telephone number.</source>
        <translation>Qué números se añadieron, eliminaron o modificaron de una carga a otra. Los números se emparejan por número de teléfono.</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Antes:</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>A&amp;rchivo…</translation>
    </message>
    <message>
        <source>Compare a saved Live Platform response or snapshot file</source>
        <translation>Comparar una respuesta guardada de Live Platform o un archivo de instantánea</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Después:</translation>
    </message>
    <message>
        <source>Fi&amp;le…</source>
        <translation>Arc&amp;hivo…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Com&amp;parar</translation>
    </message>
    <message>
        <source>Compare a saved response</source>
        <translation>Comparar una respuesta guardada</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>Choose a file for each side: nothing is shown and no snapshot is kept yet.</source>
        <translation>Elige un archivo para cada lado: todavía no se muestra nada ni se ha conservado ninguna instantánea.</translation>
    </message>
    <message>
        <source>Before and after are the same; choose something else for one of them.</source>
        <translation>Antes y después son lo mismo; elige otra cosa para uno de los dos.</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>C&amp;onnection:</source>
        <translation>C&amp;onexión:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Perfil de conexión</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Administrar</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Administrar conexiones</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Cuenta con sesión iniciada</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Inqui&amp;lino:</translation>
    </message>
    <message>
        <source>Customer tenant ID</source>
        <translation>Id. de inquilino del cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s Microsoft tenant ID (msTenantId), a GUID</source>
        <translation>El Id. de inquilino de Microsoft del cliente (msTenantId), un GUID</translation>
    </message>
    <message>
        <source>Load only numbers with this status</source>
        <translation>Cargar solo los números con este estado</translation>
    </message>
    <message>
        <source>v3 connections: ask the server for numbers of one status only</source>
        <translation>Conexiones v3: pedir al servidor solo los números de un estado</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>Car&amp;gar</translation>
    </message>
    <message>
        <source>Load numbers</source>
        <translation>Cargar números</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancelar la carga</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Signed out; the saved sign-in of this connection was removed.</source>
        <translation>Sesión cerrada; se quitó la sesión guardada de esta conexión.</translation>
    </message>
    <message>
        <source>Continue signing in in your browser…</source>
        <translation>Continúa el inicio de sesión en el navegador…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant ID. Enter the customer&apos;s Microsoft tenant ID (msTenantId), a GUID like 7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.</source>
        <translation>&quot;%1&quot; no es un Id. de inquilino. Escribe el Id. de inquilino de Microsoft del cliente (msTenantId), un GUID como 7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancelar inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>The demo connection cannot be edited.</source>
        <translation>La conexión de demostración no se puede editar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now signs in at other addresses, so the client secret and saved sign-in stored for the old ones were removed.</source>
        <translation>&quot;%1&quot; ahora inicia sesión en otras direcciones, así que se quitaron el secreto de cliente y la sesión guardados para las anteriores.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot;? Its saved sign-in and client secret are removed from the keychain as well.</source>
        <translation>¿Quitar la conexión &quot;%1&quot;? Su sesión guardada y su secreto de cliente también se quitarán del llavero.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>El perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>The base URL is missing (for example https://lp.example.net/tenantui).</source>
        <translation>Falta la URL base (por ejemplo, https://lp.example.net/tenantui).</translation>
    </message>
    <message>
        <source>Base URL: %1</source>
        <translation>URL base: %1</translation>
    </message>
    <message>
        <source>The base URL should end with the /tenantui segment of Live Platform.</source>
        <translation>La URL base debe terminar con el segmento /tenantui de Live Platform.</translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation>Autoridad: %1</translation>
    </message>
    <message>
        <source>The directory must be your Entra tenant id (a GUID) or its .onmicrosoft.com domain.</source>
        <translation>El directorio debe ser el Id. de tu inquilino de Entra (un GUID) o su dominio .onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The client id must be the app registration&apos;s application (client) id, a GUID.</source>
        <translation>El Id. de cliente debe ser el Id. de aplicación (cliente) del registro de aplicación, un GUID.</translation>
    </message>
    <message>
        <source>The scope is missing.</source>
        <translation>Falta el ámbito.</translation>
    </message>
    <message>
        <source>With an app registration the scope must end with /.default (for example api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default).</source>
        <translation>Con un registro de aplicación, el ámbito debe terminar con /.default (por ejemplo, api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default).</translation>
    </message>
    <message>
        <source>The page size must be between 1 and 5000.</source>
        <translation>El tamaño de página debe estar entre 1 y 5000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; debe ser un número entero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a profile file never holds secrets; enter the secret in the application.</source>
        <translation>&quot;%1&quot;: un archivo de perfil nunca contiene secretos; escribe el secreto en la aplicación.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>clave desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;api&quot; must be &quot;v2&quot; or &quot;v3&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;api&quot; debe ser &quot;v2&quot; o &quot;v3&quot;, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;signIn&quot; must be app-registration, browser or device-code, not &quot;%1&quot;.</source>
        <translation>&quot;signIn&quot; debe ser app-registration, browser o device-code, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the address holds a user name or password before an @, so requests would go to %1. Remove everything between :// and the @.</source>
        <translation>la dirección contiene un nombre de usuario o una contraseña antes de una @, por lo que las solicitudes irían a %1. Quita todo lo que hay entre :// y la @.</translation>
    </message>
    <message>
        <source>The name contains a control character (%1). Rename the connection.</source>
        <translation>El nombre contiene un carácter de control (%1). Cambia el nombre de la conexión.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Id. de directorio</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Id. de cliente</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>page number key</source>
        <translation>Parámetro de página</translation>
    </message>
    <message>
        <source>page size key</source>
        <translation>Parámetro de tamaño</translation>
    </message>
    <message>
        <source>status key</source>
        <translation>Parámetro de estado</translation>
    </message>
    <message>
        <source>The %1 contains a control character (%2).</source>
        <translation>El campo &quot;%1&quot; contiene un carácter de control (%2).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation>El tiempo de espera debe estar entre 1 y %1 segundos.</translation>
    </message>
    <message>
        <source>The answer size limit must be between 1 and %1 MB.</source>
        <translation>El tamaño máximo de respuesta debe estar entre 1 y %1 MB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; at most %3 are accepted. Shorten it in the file.</source>
        <translation>&quot;%1&quot; tiene %2 caracteres; se aceptan como máximo %3. Acorta el valor en el archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a control character (%2 at position %3); profile fields are single lines of plain text. Remove it from the file.</source>
        <translation>&quot;%1&quot; contiene un carácter de control (%2 en la posición %3); los campos del perfil son una sola línea de texto sin formato. Quita ese carácter del archivo.</translation>
    </message>
    <message>
        <source>&quot;timeoutSeconds&quot; is %1; it must be between 1 and %2 seconds. Correct it in the file.</source>
        <translation>&quot;timeoutSeconds&quot; es %1; debe estar entre 1 y %2 segundos. Corrígelo en el archivo.</translation>
    </message>
    <message>
        <source>&quot;maxBodyMegabytes&quot; is %1; it must be between 1 and %2 MB. Correct it in the file.</source>
        <translation>&quot;maxBodyMegabytes&quot; es %1; debe estar entre 1 y %2 MB. Corrígelo en el archivo.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Nothing answers at %1: the connection was refused. Check the host name and port.</source>
        <translation>Nada responde en %1: se rechazó la conexión. Comprueba el nombre de host y el puerto.</translation>
    </message>
    <message>
        <source>The host %1 is not known. Check the address for typing errors.</source>
        <translation>El host %1 es desconocido. Comprueba que la dirección no tenga errores de escritura.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %Ln seconds. Check the address, and that no proxy or firewall blocks it.</source>
        <translation>
            <numerusform>%1 no respondió en %Ln segundo. Comprueba la dirección y que ningún proxy o firewall la bloquee.</numerusform>
            <numerusform>%1 no respondió en %Ln segundos. Comprueba la dirección y que ningún proxy o firewall la bloquee.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check the address; if it is right, this computer does not trust the server&apos;s certificate.</source>
        <translation>Error en la conexión segura con %1: %2. Comprueba la dirección; si es correcta, este equipo no confía en el certificado del servidor.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>No se puede acceder a %1: %2.</translation>
    </message>
    <message>
        <source>(error ticket %1)</source>
        <translation>(ticket de error %1)</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Asking %1 and %2…</source>
        <translation>Consultando %1 y %2…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Entra says: %1</source>
        <translation>Respuesta de Entra: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 gave app registration %2 a token.</source>
        <translation>Sesión iniciada: %1 emitió un token para el registro de aplicación %2.</translation>
    </message>
    <message>
        <source>Sign-in service: %1 Check the authority (https://login.microsoftonline.com for Microsoft Entra ID).</source>
        <translation>Servicio de inicio de sesión: %1 Comprueba la autoridad (https://login.microsoftonline.com para Microsoft Entra ID).</translation>
    </message>
    <message>
        <source>The sign-in service at %1 answers, but: %2</source>
        <translation>El servicio de inicio de sesión de %1 responde, pero: %2</translation>
    </message>
    <message>
        <source>The sign-in service at %1 knows directory %2.</source>
        <translation>El servicio de inicio de sesión de %1 conoce el directorio %2.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 answers.</source>
        <translation>El servicio de inicio de sesión de %1 responde.</translation>
    </message>
    <message>
        <source>Live Platform: %1</source>
        <translation>Live Platform: %1</translation>
    </message>
    <message>
        <source>Live Platform at %1 answers and asks for a sign-in, as expected.</source>
        <translation>Live Platform en %1 responde y pide iniciar sesión, como se esperaba.</translation>
    </message>
    <message>
        <source>Live Platform at %1 answers (HTTP %2; without a sign-in 401 was expected). If loading fails, check the address.</source>
        <translation>Live Platform en %1 responde (HTTP %2; sin iniciar sesión se esperaba 401). Si la carga falla, comprueba la dirección.</translation>
    </message>
    <message>
        <source>Live Platform at %1 did not accept the token%2. The sign-in worked, so Live Platform trusts another app registration or expects another API: check the client id, the directory and the scope.</source>
        <translation>Live Platform en %1 no aceptó el token%2. El inicio de sesión funcionó, así que Live Platform confía en otro registro de aplicación o espera otra API: comprueba el Id. de cliente, el directorio y el ámbito.</translation>
    </message>
    <message>
        <source>%1 answered with a web page (%2), not the Live Platform API. Check the address: it ends with /tenantui, like https://live.example.com/tenantui.</source>
        <translation>%1 respondió con una página web (%2), no con la API de Live Platform. Comprueba la dirección: termina en /tenantui, como https://live.example.com/tenantui.</translation>
    </message>
    <message>
        <source>Live Platform at %1 answered, but not like the %2 API. Check the API version.</source>
        <translation>Live Platform en %1 respondió, pero no como la API %2. Comprueba la versión de la API.</translation>
    </message>
    <message>
        <source>Live Platform at %1 accepted the token and answered the %2 API.</source>
        <translation>Live Platform en %1 aceptó el token y respondió con la API %2.</translation>
    </message>
    <message>
        <source>Live Platform at %1 accepted the token (it refused the test&apos;s made-up tenant with HTTP %2%3, as it may).</source>
        <translation>Live Platform en %1 aceptó el token (rechazó el inquilino ficticio de la prueba con HTTP %2%3, lo cual es admisible).</translation>
    </message>
    <message>
        <source>%1 has no %2 API at %3 (HTTP 404). Check that the address ends with /tenantui, and the API version.</source>
        <translation>%1 no tiene API %2 en %3 (HTTP 404). Comprueba que la dirección termine en /tenantui, y la versión de la API.</translation>
    </message>
    <message>
        <source>Live Platform at %1 answered HTTP %2%3. It may be having trouble: try again later.</source>
        <translation>Live Platform en %1 respondió HTTP %2%3. Puede que tenga problemas: vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The connection does not work yet.</source>
        <translation>La conexión aún no funciona.</translation>
    </message>
    <message>
        <source>Both services answer.</source>
        <translation>Ambos servicios responden.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La conexión funciona.</translation>
    </message>
    <message>
        <source>Your own sign-in (%1) is checked when you first load numbers.</source>
        <translation>Tu propio inicio de sesión (%1) se comprobará la primera vez que cargues números.</translation>
    </message>
    <message>
        <source>in the browser</source>
        <translation>en el navegador</translation>
    </message>
    <message>
        <source>with a device code</source>
        <translation>con un código de dispositivo</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>The saved response; - reads standard input.</source>
        <translation>La respuesta guardada; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>missing INPUT.json</source>
        <translation>falta INPUT.json</translation>
    </message>
    <message>
        <source>only one input file is accepted</source>
        <translation>solo se acepta un archivo de entrada</translation>
    </message>
    <message>
        <source>Converts a saved Live Platform response (a v2 array, a v3 page, an array of v3 pages or several pages one after another) or a snapshot the window kept to CSV, .xlsx or normalized JSON.</source>
        <translation>Convierte una respuesta guardada de Live Platform (una matriz v2, una página v3, una matriz de páginas v3 o varias páginas seguidas) o una instantánea conservada por la ventana a CSV, .xlsx o JSON normalizado.</translation>
    </message>
</context>
<context>
    <name>CountLabel</name>
    <message>
        <source>Numbers shown</source>
        <translation>Números mostrados</translation>
    </message>
    <message>
        <source>%1 of %2 numbers shown</source>
        <translation>%1 de %2 números mostrados</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incompleto)</translation>
    </message>
    <message>
        <source>No numbers loaded</source>
        <translation>No hay números cargados</translation>
    </message>
    <message>
        <source>%1 numbers shown so far</source>
        <translation>%1 números mostrados hasta ahora</translation>
    </message>
</context>
<context>
    <name>CsvExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>could not write: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 rows</source>
        <translation>cancelado tras %1 de %2 filas</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Demo (sandbox)</source>
        <translation>Demo (sandbox)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Number details</source>
        <translation>Detalles del número</translation>
    </message>
    <message>
        <source>No number selected</source>
        <translation>Ningún número seleccionado</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation>Asignación:</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>MS tenant ID:</source>
        <translation>Id. de inquilino:</translation>
    </message>
    <message>
        <source>MS tenant ID</source>
        <translation>Id. de inquilino MS</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>Calling profile ID:</source>
        <translation>Perfil de llamada:</translation>
    </message>
    <message>
        <source>Calling profile ID</source>
        <translation>Id. de perfil de llamada</translation>
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
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Emergency address</source>
        <translation>Dirección de emergencia</translation>
    </message>
    <message>
        <source>Location ID:</source>
        <translation>Id. de ubicación:</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>Id. de ubicación</translation>
    </message>
    <message>
        <source>Civic address ID:</source>
        <translation>Id. de dirección:</translation>
    </message>
    <message>
        <source>Civic address ID</source>
        <translation>Id. de dirección</translation>
    </message>
    <message>
        <source>Dates (local time)</source>
        <translation>Fechas (hora local)</translation>
    </message>
    <message>
        <source>Acquired:</source>
        <translation>Adquirido:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Consented:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Assignment checked:</source>
        <translation>Asignación comprobada:</translation>
    </message>
    <message>
        <source>Assignment checked</source>
        <translation>Asignación comprobada</translation>
    </message>
    <message>
        <source>Assignment changed:</source>
        <translation>Asignación cambiada:</translation>
    </message>
    <message>
        <source>Assignment changed</source>
        <translation>Asignación cambiada</translation>
    </message>
    <message>
        <source>Assignment sync:</source>
        <translation>Sincr. de asignación:</translation>
    </message>
    <message>
        <source>Assignment sync</source>
        <translation>Sincronización de asignación</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Código de verificación:</translation>
    </message>
    <message>
        <source>Assignment verification code</source>
        <translation>Código de verificación de la asignación</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>Id.:</translation>
    </message>
    <message>
        <source>Upload entry ID:</source>
        <translation>Entrada de carga:</translation>
    </message>
    <message>
        <source>Upload entry ID</source>
        <translation>Id. de entrada de carga</translation>
    </message>
    <message>
        <source>Upload job ID:</source>
        <translation>Trabajo de carga:</translation>
    </message>
    <message>
        <source>Upload job ID</source>
        <translation>Id. de trabajo de carga</translation>
    </message>
    <message>
        <source>MS job ID:</source>
        <translation>Trabajo MS:</translation>
    </message>
    <message>
        <source>MS job ID</source>
        <translation>Id. de trabajo MS</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer GUID:</source>
        <translation>GUID del cliente:</translation>
    </message>
    <message>
        <source>Customer GUID</source>
        <translation>GUID del cliente</translation>
    </message>
    <message>
        <source>Service full name:</source>
        <translation>Nombre completo del servicio:</translation>
    </message>
    <message>
        <source>Service full name</source>
        <translation>Nombre completo del servicio</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nombre de la empresa:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>OC SIP connection:</source>
        <translation>Conexión SIP de OC:</translation>
    </message>
    <message>
        <source>OC SIP connection</source>
        <translation>Conexión SIP de OC</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>OC SIP connection description</source>
        <translation>Descripción de la conexión SIP de OC</translation>
    </message>
    <message>
        <source>Tenant calling profile ID:</source>
        <translation>Id. perfil llamada inquilino:</translation>
    </message>
    <message>
        <source>Tenant calling profile ID</source>
        <translation>Id. de perfil de llamada del inquilino</translation>
    </message>
    <message>
        <source>Channel ID:</source>
        <translation>Id. de canal:</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>Id. de canal</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON sin procesar</translation>
    </message>
    <message>
        <source>Raw JSON of the number</source>
        <translation>JSON sin procesar del número</translation>
    </message>
    <message>
        <source>Copy the number&apos;s JSON to the clipboard</source>
        <translation>Copiar el JSON del número al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation>Copiar &amp;JSON</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Not in the record</source>
        <translation>No está en el registro</translation>
    </message>
    <message>
        <source>null in the record</source>
        <translation>null en el registro</translation>
    </message>
    <message>
        <source>Shown as sent: not the type this field should have</source>
        <translation>Se muestra tal como se envió: no es el tipo esperado para este campo</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Enviado como %1</translation>
    </message>
    <message>
        <source>Empty text in the record</source>
        <translation>Texto vacío en el registro</translation>
    </message>
    <message>
        <source>Acquired</source>
        <comment>date the number was acquired</comment>
        <translation>Fecha de adquisición</translation>
    </message>
    <message>
        <source>Acquired</source>
        <comment>capability state</comment>
        <translation>Adquirido</translation>
    </message>
    <message>
        <source>No SBCs</source>
        <translation>Ningún SBC</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>capability state: available, not acquired</comment>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Available to this number, not acquired</source>
        <translation>Disponible para este número, pero no adquirido</translation>
    </message>
</context>
<context>
    <name>DeviceCodeTokenSource</name>
    <message>
        <source>The saved sign-in is no longer valid (it expired or was revoked). Sign in again.</source>
        <translation>La sesión guardada ya no es válida (caducó o se revocó). Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The code was not entered in time. Start the sign-in again.</source>
        <translation>El código no se escribió a tiempo. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the other device.</source>
        <translation>Se rechazó el inicio de sesión en el otro dispositivo.</translation>
    </message>
    <message>
        <source>Cannot reach %1 to %2. Check the network and the authority URL.</source>
        <translation>No se puede acceder a %1 para %2. Comprueba la red y la URL de la autoridad.</translation>
    </message>
    <message>
        <source>Sign-in failed (%1): %2</source>
        <translation>Error al iniciar sesión (%1): %2</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with a device code first.</source>
        <translation>No has iniciado sesión. Inicia sesión primero con un código de dispositivo.</translation>
    </message>
    <message>
        <source>refresh the sign-in</source>
        <translation>renovar la sesión</translation>
    </message>
    <message>
        <source>start the sign-in</source>
        <translation>empezar el inicio de sesión</translation>
    </message>
    <message>
        <source>finish the sign-in</source>
        <translation>completar el inicio de sesión</translation>
    </message>
    <message>
        <source>Cannot reach %1 to %2: %3. Check the network and the authority URL.</source>
        <translation>No se puede acceder a %1 para %2: %3. Comprueba la red y la URL de la autoridad.</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>No has iniciado sesión: %1</translation>
    </message>
    <message>
        <source>The sign-in was not started: %1</source>
        <translation>No se empezó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>The earlier response; - reads standard input.</source>
        <translation>La respuesta anterior; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>The later response; - reads standard input.</source>
        <translation>La respuesta posterior; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>CSV cells exactly as stored, without the Excel-safe apostrophe before cells starting with = + - @.</source>
        <translation>Celdas CSV exactamente como se guardan, sin el apóstrofo de protección para Excel delante de las celdas que empiezan por = + - @.</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation>Empezar el CSV con una marca de orden de bytes UTF-8 (para Excel).</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>Mostrar solo los errores.</translation>
    </message>
    <message>
        <source>missing OLD.json and NEW.json</source>
        <translation>faltan OLD.json y NEW.json</translation>
    </message>
    <message>
        <source>missing NEW.json</source>
        <translation>falta NEW.json</translation>
    </message>
    <message>
        <source>only two input files are accepted</source>
        <translation>solo se aceptan dos archivos de entrada</translation>
    </message>
    <message>
        <source>only one of OLD.json and NEW.json can be - (standard input)</source>
        <translation>solo uno de OLD.json y NEW.json puede ser - (entrada estándar)</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 añadidos, %2 eliminados, %3 modificados</translation>
    </message>
    <message>
        <source>, %1 duplicated</source>
        <translation>, %1 duplicados</translation>
    </message>
    <message>
        <source>Compares two saved Live Platform responses (any input convert reads) and writes what changed as CSV or .xlsx: change,telephoneNumber,field,old,new; one row per added, removed or duplicated number and one per changed field. Numbers are matched by telephoneNumber; record order and the order inside capability and SBC lists are not changes. Exit status: 0 no differences, 1 differences, 2 bad usage, 3 bad data, 4 input/output error.</source>
        <translation>Compara dos respuestas guardadas de Live Platform (cualquier entrada que lea convert) y escribe los cambios como CSV o .xlsx: change,telephoneNumber,field,old,new; una fila por número añadido, eliminado o duplicado y una por campo modificado. Los números se emparejan por telephoneNumber; el orden de los registros y el orden dentro de las listas de capacidades y de SBC no son cambios. Código de salida: 0 sin diferencias, 1 diferencias, 2 uso incorrecto, 3 datos incorrectos, 4 error de entrada/salida.</translation>
    </message>
    <message>
        <source>Where to write: a .csv or .xlsx file, or - (the default) for standard output.</source>
        <translation>Dónde escribir: un archivo .csv o .xlsx, o - (por defecto) para la salida estándar.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the --out extension; csv for -).</source>
        <translation>csv o xlsx (predeterminado: según la extensión de --out; csv para -).</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not &quot;%1&quot;</source>
        <translation>--format debe ser csv o xlsx, no &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Archivo de exportación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Excel-safe: values starting with = + - @ are written as text</source>
        <translation>&amp;Compatible con Excel: los valores que empiezan por = + - @ se escriben como texto</translation>
    </message>
    <message>
        <source>A spreadsheet would otherwise run such a value as a formula. Plain E.164 numbers are never changed.</source>
        <translation>De lo contrario, una hoja de cálculo ejecutaría ese valor como fórmula. Los números E.164 simples nunca se modifican.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Elige el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 es una carpeta; agrega un nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced.</source>
        <translation>%1 ya existe y se reemplazará.</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte &amp;order mark (for Excel&apos;s CSV import)</source>
        <translation>Agregar &amp;BOM UTF-8 al inicio (para importar el CSV en Excel)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): numbers, dates and ids as typed cells</source>
        <translation>Libro de Excel (.xlsx): números, fechas e identificadores como celdas con tipo</translation>
    </message>
    <message>
        <source>&amp;Dates as the text the server sent, not date cells</source>
        <translation>Fechas como el &amp;texto que envió el servidor, no como celdas de fecha</translation>
    </message>
    <message>
        <source>Date cells show the time in UTC.</source>
        <translation>Las celdas de fecha muestran la hora en UTC.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export to Excel workbook</source>
        <translation>Exportar a libro de Excel</translation>
    </message>
</context>
<context>
    <name>FaultPlan</name>
    <message>
        <source>fault &quot;%1&quot; is not ROUTE:FAULT[=VALUE][:times=N][:after=N]</source>
        <translation>el fallo &quot;%1&quot; no tiene la forma ROUTE:FAULT[=VALUE][:times=N][:after=N]</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot; has a value that is not a whole number, or an unknown option</source>
        <translation>el fallo &quot;%1&quot; tiene un valor que no es un número entero o una opción desconocida</translation>
    </message>
    <message>
        <source>unknown route &quot;%1&quot; in fault &quot;%2&quot;; routes: any, authorize, token, api, numbers-v2, numbers-v3, number</source>
        <translation>ruta desconocida &quot;%1&quot; en el fallo &quot;%2&quot;; rutas: any, authorize, token, api, numbers-v2, numbers-v3, number</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot; needs redirect=URL with an absolute URL</source>
        <translation>el fallo &quot;%1&quot; necesita redirect=URL con una URL absoluta</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; faults: latency=MS, drip=MS, 429=S, 500, 502, 503=S, reset, truncate, malformed, unterminated, content-type, expire-token, empty-page, total-changes=N, redirect=URL</source>
        <translation>fallo desconocido &quot;%1&quot;; fallos: latency=MS, drip=MS, 429=S, 500, 502, 503=S, reset, truncate, malformed, unterminated, content-type, expire-token, empty-page, total-changes=N, redirect=URL</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Signs in with the service provider&apos;s app registration (client credentials), loads a tenant&apos;s numbers from Live Platform and writes them as CSV or normalized JSON. The client secret is read from the OCNUMBERS_CLIENT_SECRET environment variable, or from standard input with --client-secret-stdin.</source>
        <translation>Inicia sesión con el registro de aplicación del proveedor de servicios (credenciales de cliente), carga los números de un inquilino desde Live Platform y los escribe como CSV o JSON normalizado. El secreto de cliente se lee de la variable de entorno OCNUMBERS_CLIENT_SECRET o, con --client-secret-stdin, de la entrada estándar.</translation>
    </message>
    <message>
        <source>A saved connection profile (the application&apos;s, or OCNUMBERS_PROFILES_FILE); options given here override its settings, and its secret comes from the keychain unless given as below.</source>
        <translation>Un perfil de conexión guardado (el de la aplicación u OCNUMBERS_PROFILES_FILE); las opciones indicadas aquí reemplazan su configuración y su secreto se toma del llavero, salvo que se indique como se describe abajo.</translation>
    </message>
    <message>
        <source>The customer&apos;s Microsoft tenant id (msTenantId, a GUID).</source>
        <translation>El Id. de inquilino de Microsoft del cliente (msTenantId, un GUID).</translation>
    </message>
    <message>
        <source>Look up one number (E.164, e.g. +442074996300) instead of a tenant&apos;s list.</source>
        <translation>Consultar un solo número (E.164, p. ej. +442074996300) en lugar de la lista de un inquilino.</translation>
    </message>
    <message>
        <source>Live Platform address with its /tenantui segment, e.g. https://lp.example.net/tenantui.</source>
        <translation>Dirección de Live Platform con su segmento /tenantui, p. ej. https://lp.example.net/tenantui.</translation>
    </message>
    <message>
        <source>Entra authority (default %1).</source>
        <translation>Autoridad de Entra (predeterminada: %1).</translation>
    </message>
    <message>
        <source>The service provider&apos;s directory (tenant) id.</source>
        <translation>El Id. de directorio (inquilino) del proveedor de servicios.</translation>
    </message>
    <message>
        <source>The app registration&apos;s client id.</source>
        <translation>El Id. de cliente del registro de aplicación.</translation>
    </message>
    <message>
        <source>Scope (default %1).</source>
        <translation>Ámbito (predeterminado: %1).</translation>
    </message>
    <message>
        <source>v2 (one list, default) or v3 (pages).</source>
        <translation>v2 (una lista, predeterminado) o v3 (páginas).</translation>
    </message>
    <message>
        <source>v3 page size (default 1000).</source>
        <translation>Tamaño de página de v3 (predeterminado: 1000).</translation>
    </message>
    <message>
        <source>v3 only: numbers with this status (name or code 0-3).</source>
        <translation>Solo v3: números con este estado (nombre o código 0-3).</translation>
    </message>
    <message>
        <source>Send X-Ovoc-Channel-Id: restrict to one channel.</source>
        <translation>Enviar X-Ovoc-Channel-Id: limitar a un canal.</translation>
    </message>
    <message>
        <source>Sign in as a user with a device code (the code and URL are printed) instead of the app registration; --client-id is then the public client. With --profile the sign-in is kept in the keychain.</source>
        <translation>Iniciar sesión como usuario con un código de dispositivo (se muestran el código y la URL) en lugar del registro de aplicación; --client-id es entonces el cliente público. Con --profile, la sesión se guarda en el llavero.</translation>
    </message>
    <message>
        <source>Read the client secret from the first line of standard input.</source>
        <translation>Leer el secreto de cliente de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Seconds without data before a request fails (default 60).</source>
        <translation>Segundos sin datos antes de que falle una solicitud (predeterminado: 60).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot; (no profiles are saved)</source>
        <translation>no hay ningún perfil llamado &quot;%1&quot; (no hay perfiles guardados)</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;; profiles: %2</source>
        <translation>no hay ningún perfil llamado &quot;%1&quot;; perfiles: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; signs in through a browser, which ocnumbers-cli cannot open; pass --device-code to sign in with a code instead</source>
        <translation>el perfil &quot;%1&quot; inicia sesión en un navegador, que ocnumbers-cli no puede abrir; usa --device-code para iniciar sesión con un código</translation>
    </message>
    <message>
        <source>give either --tenant GUID (a tenant&apos;s numbers) or --number E164 (one number)</source>
        <translation>indica --tenant GUID (los números de un inquilino) o --number E164 (un número)</translation>
    </message>
    <message>
        <source>missing --%1 (or a --profile that has it)</source>
        <translation>falta --%1 (o un --profile que lo incluya)</translation>
    </message>
    <message>
        <source>--tenant &quot;%1&quot; is not a tenant id: it must be a GUID</source>
        <translation>--tenant &quot;%1&quot; no es un Id. de inquilino: debe ser un GUID</translation>
    </message>
    <message>
        <source>--api must be v2 or v3, not &quot;%1&quot;</source>
        <translation>--api debe ser v2 o v3, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to 5000</source>
        <translation>--page-size debe ser un número entero de 1 a 5000</translation>
    </message>
    <message>
        <source>unknown --status &quot;%1&quot;; use Active, &quot;Release Requested&quot;, &quot;Marked For Removal&quot;, &quot;Ready For Removal&quot; or a code 0-3</source>
        <translation>--status desconocido &quot;%1&quot;; usa Active, &quot;Release Requested&quot;, &quot;Marked For Removal&quot;, &quot;Ready For Removal&quot; o un código 0-3</translation>
    </message>
    <message>
        <source>--status needs --api v3 (the v2 list cannot be filtered by the server); use --filter status=... to filter after loading</source>
        <translation>--status requiere --api v3 (el servidor no puede filtrar la lista v2); usa --filter status=... para filtrar después de cargar</translation>
    </message>
    <message>
        <source>--channel must be a whole number</source>
        <translation>--channel debe ser un número entero</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds</source>
        <translation>--timeout debe ser un número entero de segundos</translation>
    </message>
    <message>
        <source>%1 MB, %2 numbers</source>
        <translation>%1 MB, %2 números</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>%1 numbers had arrived; nothing was written because the list is incomplete.</source>
        <translation>Habían llegado %1 números; no se escribió nada porque la lista está incompleta.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; cannot be used until it is fixed: %2</source>
        <translation>el perfil &quot;%1&quot; no se puede usar hasta que se corrija: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Search numbers</source>
        <translation>Buscar números</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Assignment filter</source>
        <translation>Filtro de asignación</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtro de país</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtro de origen</translation>
    </message>
    <message>
        <source>SBC filter</source>
        <translation>Filtro de SBC</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>Capabilities filter</source>
        <translation>Filtro de capacidades</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show every loaded number again</source>
        <translation>Volver a mostrar todos los números cargados</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>No capabilities in the loaded numbers</source>
        <translation>Los números cargados no tienen capacidades</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any assignment</source>
        <translation>Toda asignación</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Cualquier origen</translation>
    </message>
    <message>
        <source>Any SBC</source>
        <translation>Cualquier SBC</translation>
    </message>
    <message>
        <source>+44 20 7946…, a range, SBC, calling profile or customer</source>
        <translation>+44 20 7946…, un rango, SBC, perfil de llamada o cliente</translation>
    </message>
    <message>
        <source>A number or its first digits (+44 20 7946), digits found anywhere (7946 0123), a block (+44 20 7946 0000..0999), or text in the calling profile, SBC, tenant or customer. Down or Enter goes to the results; Escape clears.</source>
        <translation>Un número o sus primeros dígitos (+44 20 7946), dígitos en cualquier posición (7946 0123), un bloque (+44 20 7946 0000..0999) o texto del perfil de llamada, el SBC, el inquilino o el cliente. Flecha abajo o Intro lleva a los resultados; Esc borra.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a filter choice and how many loaded numbers have it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Capabilities (%1)</source>
        <translation>Capacidades (%1)</translation>
    </message>
    <message>
        <source>Show only numbers that have acquired every ticked capability</source>
        <translation>Mostrar solo los números que han adquirido todas las capacidades marcadas</translation>
    </message>
    <message>
        <source>Numbers that have acquired: %1</source>
        <translation>Números que han adquirido: %1</translation>
    </message>
</context>
<context>
    <name>FindNumberDialog</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Load this tenant</source>
        <translation>Car&amp;gar este inquilino</translation>
    </message>
    <message>
        <source>Find a number</source>
        <translation>Buscar un número</translation>
    </message>
    <message>
        <source>+442074996300</source>
        <translation>+442074996300</translation>
    </message>
    <message>
        <source>&amp;Number (E.164):</source>
        <translation>&amp;Número (E.164):</translation>
    </message>
    <message>
        <source>Tenant (msTenantId):</source>
        <translation>Inquilino (msTenantId):</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>%1 was found on the connection &quot;%2&quot;, not on the one chosen now. Find it again on this connection, or choose &quot;%2&quot;.</source>
        <translation>%1 se encontró en la conexión &quot;%2&quot;, no en la elegida ahora. Vuelve a buscarlo en esta conexión o elige &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Sign-in failed, so %1 was not looked up: %2</source>
        <translation>Error al iniciar sesión, así que no se consultó %1: %2</translation>
    </message>
    <message>
        <source>Choose a connection that works first: there is nothing to look %1 up on.</source>
        <translation>Elige primero una conexión que funcione: sin ella, no hay dónde consultar %1.</translation>
    </message>
    <message>
        <source>Signing in to %1 first…</source>
        <translation>Iniciando sesión primero en %1…</translation>
    </message>
    <message>
        <source>Looking up %1 on %2…</source>
        <translation>Consultando %1 en %2…</translation>
    </message>
    <message>
        <source>The number %1 is not on this Live Platform (%2). Check the number, or choose the connection of the Live Platform that has it.</source>
        <translation>El número %1 no está en esta Live Platform (%2). Comprueba el número o elige la conexión de la Live Platform que lo tiene.</translation>
    </message>
    <message>
        <source>(not in Live Platform&apos;s answer)</source>
        <translation>(no figura en la respuesta de Live Platform)</translation>
    </message>
    <message>
        <source>(not in Live Platform&apos;s answer; a v3 connection shows it once the tenant is loaded)</source>
        <translation>(no figura en la respuesta de Live Platform; una conexión v3 lo muestra cuando se carga el inquilino)</translation>
    </message>
    <message>
        <source>Found %1 on %2.</source>
        <translation>%1 encontrado en %2.</translation>
    </message>
    <message>
        <source>%1 — Find a number</source>
        <translation>%1 — Buscar un número</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>OC Numbers help</source>
        <translation>Ayuda de OC Numbers</translation>
    </message>
</context>
<context>
    <name>IdentityLabel</name>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>%1 · until %2</source>
        <translation>%1 · hasta las %2</translation>
    </message>
    <message>
        <source>Signed in as %1; the access token is renewed before %2.</source>
        <translation>Sesión iniciada como %1; el token de acceso se renueva antes del %2.</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>no se puede leer la entrada estándar: %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>the token is not a JWT (header.payload.signature)</source>
        <translation>el token no es un JWT (header.payload.signature)</translation>
    </message>
    <message>
        <source>the token&apos;s header is not an HS256 JWT header</source>
        <translation>el encabezado del token no es un encabezado JWT HS256</translation>
    </message>
    <message>
        <source>the token&apos;s signature is invalid</source>
        <translation>la firma del token no es válida</translation>
    </message>
    <message>
        <source>the token&apos;s payload is not a JSON object</source>
        <translation>la carga útil del token no es un objeto JSON</translation>
    </message>
    <message>
        <source>the token has expired</source>
        <translation>el token ha caducado</translation>
    </message>
    <message>
        <source>the token is not valid yet</source>
        <translation>el token aún no es válido</translation>
    </message>
    <message>
        <source>the token is for audience &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>el token es para la audiencia &quot;%1&quot;, no &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>No keychain service is running (on Linux: GNOME Keyring or KWallet), so secrets cannot be kept safely on this computer.</source>
        <translation>No se está ejecutando ningún servicio de llavero (en Linux: GNOME Keyring o KWallet), así que los secretos no se pueden guardar de forma segura en este equipo.</translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1).</source>
        <translation>El llavero del sistema operativo no está disponible (%1).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de la carga</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 numbers</source>
        <translation>Cargando… %1 de %2 números</translation>
    </message>
    <message>
        <source>Loading… %1 numbers (%2)</source>
        <translation>Cargando… %1 números (%2)</translation>
    </message>
    <message>
        <source>%1 numbers loaded in %2 s</source>
        <translation>%1 números cargados en %2 s</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Error en la carga</translation>
    </message>
    <message>
        <source>Live Platform is busy (429)</source>
        <translation>Live Platform está ocupada (429)</translation>
    </message>
    <message>
        <source>Live Platform is unavailable (503)</source>
        <translation>Live Platform no está disponible (503)</translation>
    </message>
    <message>
        <source>The connection to Live Platform failed</source>
        <translation>Falló la conexión con Live Platform</translation>
    </message>
    <message>
        <source>Live Platform answered HTTP %1</source>
        <translation>Live Platform respondió HTTP %1</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s, attempt %3 of %4</source>
        <translation>%1; se reintenta en %2 s, intento %3 de %4</translation>
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>Sign-in finished.</source>
        <translation>Inicio de sesión completado.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>You can close this tab and return to OC Numbers.</source>
        <translation>Puedes cerrar esta pestaña y volver a OC Numbers.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 did not answer in time. Sign in again.</source>
        <translation>El servicio de inicio de sesión de %1 no respondió a tiempo. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The connection to the sign-in service at %1 failed: %2. Sign in again.</source>
        <translation>Error en la conexión con el servicio de inicio de sesión de %1: %2. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 answered HTTP %2 without an explanation. Check the authority URL of the connection.</source>
        <translation>El servicio de inicio de sesión de %1 respondió HTTP %2 sin explicación. Comprueba la URL de la autoridad de la conexión.</translation>
    </message>
    <message>
        <source>Sign-in received</source>
        <translation>Inicio de sesión recibido</translation>
    </message>
    <message>
        <source>OC Numbers is finishing the sign-in; its window shows the result. You can close this tab.</source>
        <translation>OC Numbers está completando el inicio de sesión; su ventana muestra el resultado. Puedes cerrar esta pestaña.</translation>
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
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>Car&amp;gar</translation>
    </message>
    <message>
        <source>Welcome to OC Numbers</source>
        <translation>Te damos la bienvenida a OC Numbers</translation>
    </message>
    <message>
        <source>Browse, filter and export your customers&apos; Operator Connect numbers from AudioCodes Live Platform. Try it on a built-in demo server first, or connect to your Live Platform instance.</source>
        <translation>Examina, filtra y exporta los números de Operator Connect de tus clientes desde AudioCodes Live Platform. Pruébalo primero con el servidor de demostración integrado o conéctate a tu instancia de Live Platform.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <source>Add a Live Platform connection</source>
        <translation>Agregar una conexión de Live Platform</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Números</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>&amp;Agregar conexión…</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>&amp;Editar conexión…</translation>
    </message>
    <message>
        <source>&amp;Remove connection</source>
        <translation>&amp;Quitar conexión</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demo</translation>
    </message>
    <message>
        <source>Export &amp;selected…</source>
        <translation>Exportar se&amp;lección…</translation>
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
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Copiar &amp;número</translation>
    </message>
    <message>
        <source>Copy row as &amp;JSON</source>
        <translation>Copiar fila como &amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Go to &amp;tenant</source>
        <translation>Ir al &amp;inquilino</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Guardar vista…</translation>
    </message>
    <message>
        <source>&amp;Delete view…</source>
        <translation>&amp;Eliminar vista…</translation>
    </message>
    <message>
        <source>&amp;Load / refresh</source>
        <translation>&amp;Cargar / actualizar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>Ca&amp;ncelar la carga</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>SBC &amp;routing…</source>
        <translation>&amp;Enrutamiento SBC…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; could not be read from the settings. Edit or remove it.</source>
        <translation>No se pudo leer la conexión &quot;%1&quot; de la configuración. Edítala o quítala.</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incompleto)</translation>
    </message>
    <message>
        <source>%1 (loading)</source>
        <translation>%1 (cargando)</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Vista: %1</translation>
    </message>
    <message>
        <source>The language changes the next time OC Numbers starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie OC Numbers.</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>No se pudo iniciar el servidor de demostración: %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>OC Numbers &amp;help</source>
        <translation>&amp;Ayuda de OC Numbers</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Connecting to Live Platform</source>
        <translation>&amp;Conectarse a Live Platform</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Métodos abreviados de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About OC Numbers</source>
        <translation>Acerca &amp;de OC Numbers</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Iniciando el servidor de demostración…</translation>
    </message>
    <message>
        <source>Add a Live &amp;Platform connection…</source>
        <translation>Agregar una conexión de Live &amp;Platform…</translation>
    </message>
    <message>
        <source>Export a&amp;ll shown…</source>
        <translation>Exportar todo lo &amp;mostrado…</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Copy rows &amp;without formula guard</source>
        <translation>Copiar filas &amp;sin protección de fórmulas</translation>
    </message>
    <message>
        <source>Copy the selected rows exactly as stored: cells starting with = + - @ get no leading apostrophe, so a spreadsheet may evaluate them</source>
        <translation>Copiar las filas seleccionadas exactamente como se guardan: las celdas que empiezan por = + - @ no llevan el apóstrofo inicial, así que una hoja de cálculo puede evaluarlas como fórmulas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is not used until it is fixed: no secret is read and nothing is sent. Edit it (File › Edit connection). %2</source>
        <translation>La conexión &quot;%1&quot; no se usará hasta que se corrija: no se lee ningún secreto ni se envía nada. Edítala (Archivo › Editar conexión). %2</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>&amp;Restablecer columnas</translation>
    </message>
    <message>
        <source>Show the columns support looks at first, in their first order, unsorted</source>
        <translation>Mostrar las columnas que el soporte consulta primero, en su orden original, sin ordenar</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>&amp;Actividad…</translation>
    </message>
    <message>
        <source>Every request this window made, to copy for a support case</source>
        <translation>Cada solicitud que hizo esta ventana, para copiarla en un caso de soporte</translation>
    </message>
    <message>
        <source>&amp;Find a number…</source>
        <translation>&amp;Buscar un número…</translation>
    </message>
    <message>
        <source>Look one number up on this connection&apos;s Live Platform, and see its tenant and customer</source>
        <translation>Consultar un número en la Live Platform de esta conexión y ver su inquilino y su cliente</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Loading the numbers of %1…</source>
        <translation>Cargando los números de %1…</translation>
    </message>
    <message>
        <source>Type or choose a customer&apos;s tenant ID (msTenantId) above and press Load, or look one number up with Numbers › Find a number…</source>
        <translation>Escribe o elige arriba el Id. de inquilino de un cliente (msTenantId) y pulsa Cargar, o consulta un número con Números › Buscar un número…</translation>
    </message>
    <message>
        <source>The tenant %1 has no numbers on this Live Platform.</source>
        <translation>El inquilino %1 no tiene números en esta Live Platform.</translation>
    </message>
    <message>
        <source>No numbers were loaded; the message above says why.</source>
        <translation>No se cargó ningún número; el mensaje de arriba explica por qué.</translation>
    </message>
    <message>
        <source>No number matches the search and filters. Clear filters to see all %1 numbers.</source>
        <translation>Ningún número coincide con la búsqueda y los filtros. Borra los filtros para ver los %1 números.</translation>
    </message>
    <message>
        <source>&amp;Open a saved response…</source>
        <translation>A&amp;brir una respuesta guardada…</translation>
    </message>
    <message>
        <source>Show the numbers of a saved Live Platform response or snapshot, read-only</source>
        <translation>Mostrar en solo lectura los números de una respuesta guardada de Live Platform o de una instantánea</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>S&amp;napshots…</source>
        <translation>&amp;Instantáneas…</translation>
    </message>
    <message>
        <source>The numbers kept from earlier loads: open, export or delete them</source>
        <translation>Los números conservados de cargas anteriores: abrirlos, exportarlos o eliminarlos</translation>
    </message>
    <message>
        <source>Com&amp;pare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>What changed between two loads: the numbers shown, a snapshot or a saved response</source>
        <translation>Qué cambió entre dos cargas: los números mostrados, una instantánea o una respuesta guardada</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>The snapshot of this load was not kept: %1</source>
        <translation>No se conservó la instantánea de esta carga: %1</translation>
    </message>
    <message>
        <source>Open a saved response</source>
        <translation>Abrir una respuesta guardada</translation>
    </message>
    <message>
        <source>%1 was not opened: numbers are being loaded. Cancel the load or wait for it to end, then open the file again.</source>
        <translation>No se abrió %1: se están cargando números. Cancela la carga o espera a que termine y vuelve a abrir el archivo.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>%1 is not among the numbers shown.</source>
        <translation>%1 no está entre los números mostrados.</translation>
    </message>
    <message>
        <source>The numbers shown (%1)</source>
        <translation>Los números mostrados (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading what to compare…</source>
        <translation>Leyendo lo que se va a comparar…</translation>
    </message>
    <message>
        <source>Nothing was compared. %1</source>
        <translation>No se comparó nada. %1</translation>
    </message>
    <message>
        <source>%1 is in numbers no longer shown; compare again to go to it.</source>
        <translation>%1 está en números que ya no se muestran; vuelve a comparar para ir a él.</translation>
    </message>
    <message>
        <source>File %1 of %2 · read-only</source>
        <translation>Archivo %1 del %2 · solo lectura</translation>
    </message>
    <message>
        <source>Snapshot of %1 from %2 · read-only</source>
        <translation>Instantánea de %1 del %2 · solo lectura</translation>
    </message>
    <message>
        <source>The file %1 holds no numbers.</source>
        <translation>El archivo %1 no contiene números.</translation>
    </message>
    <message>
        <source>%1: snapshot of %2 (read-only)</source>
        <translation>%1: instantánea del %2 (solo lectura)</translation>
    </message>
    <message>
        <source>%1 (saved %2, read-only)</source>
        <translation>%1 (guardado el %2, solo lectura)</translation>
    </message>
    <message>
        <source>Snapshot %1 (the numbers shown) · %2 · %3 numbers · %4</source>
        <translation>Instantánea del %1 (los números mostrados) · %2 · %3 números · %4</translation>
    </message>
    <message>
        <source>Snapshot %1 · %2 · %3 numbers · %4</source>
        <translation>Instantánea del %1 · %2 · %3 números · %4</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Retr&amp;y</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
    <message>
        <source>Loading was cancelled. The %1 numbers shown are not the tenant&apos;s full list.</source>
        <translation>Se canceló la carga. Los %1 números mostrados no son la lista completa del inquilino.</translation>
    </message>
    <message>
        <source>The %1 numbers shown are not the tenant&apos;s full list.</source>
        <translation>Los %1 números mostrados no son la lista completa del inquilino.</translation>
    </message>
</context>
<context>
    <name>NetworkPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; no es una URL válida.</translation>
    </message>
    <message>
        <source>The address %1 carries a user name or password before &quot;@&quot;; the real host would be %2. Remove the part before &quot;@&quot;.</source>
        <translation>La dirección %1 contiene un nombre de usuario o una contraseña antes de &quot;@&quot;; el host real sería %2. Quita la parte anterior a &quot;@&quot;.</translation>
    </message>
    <message>
        <source>Plain http is refused for %1: tokens and numbers would travel unencrypted. Use https://, or http only for this machine (127.0.0.1, ::1, localhost).</source>
        <translation>Se rechaza http simple para %1: los tokens y los números viajarían sin cifrar. Usa https://, o http solo para este equipo (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https URL.</source>
        <translation>&quot;%1&quot; no es una URL https.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>otra dirección</translation>
    </message>
    <message>
        <source>Live Platform at %1 answered %2 to %3; redirects are not followed so that your sign-in is not sent elsewhere. Check the base URL of the connection.</source>
        <translation>Live Platform en %1 respondió %2 con una redirección a %3; las redirecciones no se siguen para que tu inicio de sesión no se envíe a otro sitio. Comprueba la URL base de la conexión.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 answered %2 to %3; redirects are not followed so that your credentials are not sent elsewhere. Check the authority URL of the connection.</source>
        <translation>El servicio de inicio de sesión de %1 respondió %2 con una redirección a %3; las redirecciones no se siguen para que tus credenciales no se envíen a otro sitio. Comprueba la URL de la autoridad de la conexión.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Nothing was sent. Check the address; if your network inspects TLS, its certificate authority must be trusted by this system.</source>
        <translation>Error en la conexión segura con %1: %2. No se envió nada. Comprueba la dirección; si tu red inspecciona el tráfico TLS, este sistema debe confiar en su entidad de certificación.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete (%2 of %3 bytes).</source>
        <translation>La conexión con %1 se cerró antes de completarse la respuesta (%2 de %3 bytes).</translation>
    </message>
</context>
<context>
    <name>NumberChangesExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>NumberChangesModel</name>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Times listed</source>
        <translation>Veces que aparece</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
</context>
<context>
    <name>NumberColumns</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Service Full Name</source>
        <translation>Nombre completo del servicio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>MS Tenant ID</source>
        <translation>Id. de inquilino MS</translation>
    </message>
    <message>
        <source>Emergency Address</source>
        <translation>Dirección de emergencia</translation>
    </message>
    <message>
        <source>OC SIP Connection</source>
        <translation>Conexión SIP de OC</translation>
    </message>
    <message>
        <source>Calling Profile ID</source>
        <translation>Id. de perfil de llamada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>MS Job ID</source>
        <translation>Id. de trabajo MS</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Acquired Date</source>
        <translation>Fecha de adquisición</translation>
    </message>
    <message>
        <source>Acquired Capabilities</source>
        <translation>Capacidades adquiridas</translation>
    </message>
    <message>
        <source>Available Capabilities</source>
        <translation>Capacidades disponibles</translation>
    </message>
    <message>
        <source>SBCs</source>
        <translation>SBC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>Id. de ubicación</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Upload Entry ID</source>
        <translation>Id. de entrada de carga</translation>
    </message>
    <message>
        <source>Upload Job ID</source>
        <translation>Id. de trabajo de carga</translation>
    </message>
    <message>
        <source>Company Name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Customer GUID</source>
        <translation>GUID del cliente</translation>
    </message>
    <message>
        <source>OC SIP Connection Description</source>
        <translation>Descripción conexión SIP OC</translation>
    </message>
    <message>
        <source>Tenant Calling Profile ID</source>
        <translation>Id. perfil llamada inquilino</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>Id. de canal</translation>
    </message>
    <message>
        <source>Consented On</source>
        <translation>Fecha de consentimiento</translation>
    </message>
    <message>
        <source>Assignment Checked</source>
        <translation>Asignación comprobada</translation>
    </message>
    <message>
        <source>Assignment Changed</source>
        <translation>Asignación cambiada</translation>
    </message>
    <message>
        <source>Assignment Sync</source>
        <translation>Sincr. de asignación</translation>
    </message>
    <message>
        <source>Verification Code</source>
        <translation>Código de verificación</translation>
    </message>
</context>
<context>
    <name>NumberDiffCsvWriter</name>
    <message>
        <source>could not write: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
</context>
<context>
    <name>NumberDiffXlsxWriter</name>
    <message>
        <source>a sheet holds at most %1 rows, and there are %2 changes: write CSV instead</source>
        <translation>una hoja admite como máximo %1 filas y hay %2 cambios: escribe CSV en su lugar</translation>
    </message>
    <message>
        <source>Changes between two loads of numbers</source>
        <translation>Cambios entre dos cargas de números</translation>
    </message>
</context>
<context>
    <name>NumberFilter</name>
    <message>
        <source>filter &quot;%1&quot; is not of the form key=value; keys: text, status, assignment, country, source, sbc, capability, available</source>
        <translation>el filtro &quot;%1&quot; no tiene la forma key=value; claves: text, status, assignment, country, source, sbc, capability, available</translation>
    </message>
    <message>
        <source>filter &quot;%1&quot; has no value after &quot;=&quot;</source>
        <translation>el filtro &quot;%1&quot; no tiene valor después de &quot;=&quot;</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; in filter &quot;%2&quot;; use Active, &quot;Release Requested&quot;, &quot;Marked For Removal&quot;, &quot;Ready For Removal&quot;, a code 0-3 or none</source>
        <translation>estado desconocido &quot;%1&quot; en el filtro &quot;%2&quot;; usa Active, &quot;Release Requested&quot;, &quot;Marked For Removal&quot;, &quot;Ready For Removal&quot;, un código 0-3 o none</translation>
    </message>
    <message>
        <source>unknown filter key &quot;%1&quot;; use text, status, assignment, country, source, sbc, capability or available</source>
        <translation>clave de filtro desconocida &quot;%1&quot;; usa text, status, assignment, country, source, sbc, capability o available</translation>
    </message>
    <message>
        <source>filter &quot;%1&quot;: %2</source>
        <translation>filtro &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>NumberJsonWriter</name>
    <message>
        <source>could not write: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <source>expected an integer but found %1; ignored</source>
        <translation>se esperaba: un entero, se encontró: %1; se ignora</translation>
    </message>
    <message>
        <source>%1: the page&apos;s &quot;data&quot; is %2, expected the array of numbers</source>
        <translation>%1: &quot;data&quot; de la página: %2; se esperaba la matriz de números</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>this is an error response from the server, not numbers</source>
        <translation>es una respuesta de error del servidor, no números</translation>
    </message>
    <message>
        <source>(error ticket %1)</source>
        <translation>(ticket de error %1)</translation>
    </message>
    <message>
        <source>this is an error response from the server, not numbers: %1</source>
        <translation>es una respuesta de error del servidor, no números: %1</translation>
    </message>
    <message>
        <source>the input is empty; expected JSON: an array of numbers or a v3 page</source>
        <translation>la entrada está vacía; se esperaba JSON: una matriz de números o una página v3</translation>
    </message>
    <message>
        <source>the input is not valid UTF-8</source>
        <translation>la entrada no es UTF-8 válido</translation>
    </message>
    <message>
        <source>the input (%1 bytes) is too large to parse</source>
        <translation>la entrada (%1 bytes) es demasiado grande para analizarla</translation>
    </message>
    <message>
        <source>the input nests arrays or objects too deeply to be a Live Platform response</source>
        <translation>la entrada anida matrices u objetos a demasiada profundidad para ser una respuesta de Live Platform</translation>
    </message>
    <message>
        <source>the input is not valid JSON (%1)</source>
        <translation>la entrada no es JSON válido (%1)</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3 (byte %4): %5</source>
        <translation>%1 en la línea %2, columna %3 (byte %4): %5</translation>
    </message>
    <message>
        <source>document %1 of the input is not a v3 page (an object with &quot;data&quot;)</source>
        <translation>el documento %1 de la entrada no es una página v3 (un objeto con &quot;data&quot;)</translation>
    </message>
    <message>
        <source>the last %1 bytes of the input are an incomplete JSON document</source>
        <translation>los últimos %1 bytes de la entrada son un documento JSON incompleto</translation>
    </message>
    <message>
        <source>%1: expected a v3 page like the first element, found %2</source>
        <translation>%1: se esperaba una página v3 como el primer elemento, se encontró: %2</translation>
    </message>
    <message>
        <source>the top-level object is neither a number (no known key such as &quot;telephoneNumber&quot;) nor a v3 page (no &quot;data&quot; array)</source>
        <translation>el objeto de nivel superior no es un número (ninguna clave conocida como &quot;telephoneNumber&quot;) ni una página v3 (ninguna matriz &quot;data&quot;)</translation>
    </message>
    <message>
        <source>the top-level value is %1; expected an array of numbers, a v3 page object or a number object</source>
        <translation>el valor de nivel superior es %1; se esperaba una matriz de números, un objeto de página v3 o un objeto de número</translation>
    </message>
    <message>
        <source>the response (%1 bytes) is too large to load: %2</source>
        <translation>la respuesta (%1 bytes) es demasiado grande para cargarla: %2</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>un número decimal</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>expected a number object but found %1; this entry is not a number and was left out</source>
        <translation>se esperaba: un objeto de número, se encontró: %1; esta entrada no es un número y se ha omitido</translation>
    </message>
    <message>
        <source>the record has no telephoneNumber; it is kept and listed without a number</source>
        <translation>el registro no tiene telephoneNumber; se conserva y se muestra sin número</translation>
    </message>
    <message>
        <source>expected %1 but found %2; the value is kept only in the raw JSON</source>
        <translation>se esperaba: %1, se encontró: %2; el valor solo se conserva en el JSON sin procesar</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>una cadena o null</translation>
    </message>
    <message>
        <source>an integer, a string or null</source>
        <translation>un entero, una cadena o null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date and time; it is shown as sent</source>
        <translation>&quot;%1&quot; no es una fecha y hora ISO-8601; se muestra tal como se envió</translation>
    </message>
    <message>
        <source>a date-time string or null</source>
        <translation>una cadena de fecha y hora o null</translation>
    </message>
    <message>
        <source>an array of capability names or null</source>
        <translation>una matriz de nombres de capacidades o null</translation>
    </message>
    <message>
        <source>item %1 is %2, not a capability name; it is ignored</source>
        <translation>el elemento %1 es %2, no un nombre de capacidad; se ignora</translation>
    </message>
    <message>
        <source>more than %1 different capability names in one response; &quot;%2&quot; is shown only in the raw JSON</source>
        <translation>más de %1 nombres de capacidades distintos en una respuesta; &quot;%2&quot; solo se muestra en el JSON sin procesar</translation>
    </message>
    <message>
        <source>entry %1 has no sbcName string; it is shown only in the raw JSON</source>
        <translation>la entrada %1 no tiene una cadena sbcName; solo se muestra en el JSON sin procesar</translation>
    </message>
    <message>
        <source>the key appears more than once; the first value is used and the others are kept only in the raw JSON</source>
        <translation>la clave aparece más de una vez; se usa el primer valor y los demás solo se conservan en el JSON sin procesar</translation>
    </message>
    <message>
        <source>an array of SBCs or null</source>
        <translation>una matriz de SBC o null</translation>
    </message>
    <message>
        <source>a status code, a status name or null</source>
        <translation>un código de estado, un nombre de estado o null</translation>
    </message>
    <message>
        <source>a string, an array of strings or null</source>
        <translation>una cadena, una matriz de cadenas o null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an E.164 number (&quot;+&quot; then up to 15 digits); it is shown as sent</source>
        <translation>&quot;%1&quot; no es un número E.164 (&quot;+&quot; y hasta 15 dígitos); se muestra tal como se envió</translation>
    </message>
    <message>
        <source>the number as a string</source>
        <translation>el número como cadena</translation>
    </message>
    <message>
        <source>a value is missing before this separator</source>
        <translation>falta un valor antes de este separador</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after element %1 of the array</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; después del elemento %1 de la matriz</translation>
    </message>
    <message numerus="yes">
        <source>the input ends before its array of numbers is closed, after %n complete element(s): the response is incomplete</source>
        <translation>
            <numerusform>la entrada termina antes de que se cierre su matriz de números, después de %n elemento completo: la respuesta está incompleta</numerusform>
            <numerusform>la entrada termina antes de que se cierre su matriz de números, después de %n elementos completos: la respuesta está incompleta</numerusform>
        </translation>
    </message>
    <message>
        <source>there is more text after the array&apos;s closing bracket</source>
        <translation>hay más texto después del corchete de cierre de la matriz</translation>
    </message>
    <message>
        <source>the input is not valid JSON</source>
        <translation>la entrada no es JSON válido</translation>
    </message>
</context>
<context>
    <name>NumbersFileJob</name>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>No se puede abrir el archivo: %1.</translation>
    </message>
    <message>
        <source>Cannot open the snapshot: %1.</source>
        <translation>No se puede abrir la instantánea: %1.</translation>
    </message>
    <message>
        <source>%1 is not a Live Platform response OC Numbers can read: %2</source>
        <translation>%1 no es una respuesta de Live Platform que OC Numbers pueda leer: %2</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Se canceló la apertura de %1.</translation>
    </message>
</context>
<context>
    <name>NumbersFileReader</name>
    <message>
        <source>Live Platform responses and snapshots (*.json *%1);;All files (*)</source>
        <translation>Respuestas de Live Platform e instantáneas (*.json *%1);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>NumbersInput</name>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
</context>
<context>
    <name>NumbersLoad</name>
    <message>
        <source>The server says: %1</source>
        <translation>Respuesta del servidor: %1</translation>
    </message>
    <message>
        <source>(error ticket %1)</source>
        <translation>(ticket de error %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an E.164 number: &quot;+&quot;, the country code and the number, digits only (for example +442074996300).</source>
        <translation>&quot;%1&quot; no es un número E.164: &quot;+&quot;, el prefijo del país y el número, solo dígitos (por ejemplo, +442074996300).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Microsoft tenant id: it must be a GUID like f94238e5-4f2c-4e1b-8125-2d27122ca75f.</source>
        <translation>&quot;%1&quot; no es un Id. de inquilino de Microsoft: debe ser un GUID como f94238e5-4f2c-4e1b-8125-2d27122ca75f.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No has iniciado sesión.</translation>
    </message>
    <message>
        <source>The load was cancelled; the numbers shown are incomplete.</source>
        <translation>Se canceló la carga; los números mostrados están incompletos.</translation>
    </message>
    <message>
        <source>The answer is larger than the limit of %1 MB set in the connection profile; the load was stopped. Raise the limit or use v3 paging.</source>
        <translation>La respuesta supera el límite de %1 MB del perfil de conexión; se detuvo la carga. Aumenta el límite o usa la paginación de v3.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>la página %1</translation>
    </message>
    <message>
        <source>the number list</source>
        <translation>la lista de números</translation>
    </message>
    <message>
        <source>Loading %1 from %2 timed out %3 times. Check the network and load again.</source>
        <translation>Se agotó el tiempo de espera %3 veces al cargar %1 desde %2. Comprueba la red y vuelve a cargar.</translation>
    </message>
    <message>
        <source>Loading %1 from %2 failed %3 times: %4. Check the network and load again.</source>
        <translation>La carga de %1 desde %2 falló %3 veces: %4. Comprueba la red y vuelve a cargar.</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation>la conexión se cerró antes de completarse la respuesta</translation>
    </message>
    <message>
        <source>Live Platform refused the sign-in twice. Sign in again.</source>
        <translation>Live Platform rechazó el inicio de sesión dos veces. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Signed in, but not allowed to read tenant %1%2. Ask for access, or check the channel of the connection profile.</source>
        <translation>Sesión iniciada, pero sin permiso para leer el inquilino %1%2. Solicita acceso o comprueba el canal del perfil de conexión.</translation>
    </message>
    <message>
        <source> in channel %1</source>
        <translation> en el canal %1</translation>
    </message>
    <message>
        <source>Live Platform refused the request for %1 (HTTP %2).</source>
        <translation>Live Platform rechazó la solicitud de %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>Live Platform answered HTTP %1 for %2 %3 times. Try again later.</source>
        <translation>Live Platform respondió HTTP %1 para %2 %3 veces. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Live Platform answered %1 with &quot;%2&quot; instead of JSON: perhaps a proxy or sign-in page. Check the base URL of the connection profile.</source>
        <translation>Live Platform respondió para %1 con &quot;%2&quot; en lugar de JSON: quizá un proxy o una página de inicio de sesión. Comprueba la URL base del perfil de conexión.</translation>
    </message>
    <message>
        <source>Live Platform&apos;s answer for %1 is not a list of numbers: %2</source>
        <translation>La respuesta de Live Platform para %1 no es una lista de números: %2</translation>
    </message>
    <message>
        <source>%1 has no totalRecords: this is not a v3 page. Check the API version of the connection profile.</source>
        <translation>La respuesta para %1 no tiene totalRecords: no es una página v3. Comprueba la versión de la API del perfil de conexión.</translation>
    </message>
    <message>
        <source>The tenant changed during the load: the server counted %1 numbers, then %2. Load again.</source>
        <translation>El inquilino cambió durante la carga: el servidor contó %1 números y después %2. Vuelve a cargar.</translation>
    </message>
    <message>
        <source>Page %1 held %2 numbers where %3 were due (of %4): the list is incomplete. Load again.</source>
        <translation>La página %1 tenía %2 números en lugar de %3 (de %4): la lista está incompleta. Vuelve a cargar.</translation>
    </message>
    <message>
        <source>The number list changed while it was sent again after a network error; the numbers shown are incomplete. Load again.</source>
        <translation>La lista de números cambió mientras se volvía a enviar tras un error de red; los números mostrados están incompletos. Vuelve a cargar.</translation>
    </message>
</context>
<context>
    <name>NumbersOutput</name>
    <message>
        <source>Comma-separated columns in output order (default: all). Keys: %1.</source>
        <translation>Columnas separadas por comas en el orden de salida (predeterminado: todas). Claves: %1.</translation>
    </message>
    <message>
        <source>Keep numbers matching key=value[,value...]; repeat to combine with AND. Keys: text, status, assignment, country, source, sbc, capability (all must be acquired), available (available but not acquired).</source>
        <translation>Conservar los números que coincidan con key=value[,value...]; repetir para combinar con Y. Claves: text, status, assignment, country, source, sbc, capability (todas deben estar adquiridas), available (disponible pero no adquirida).</translation>
    </message>
    <message>
        <source>Same as --filter text=TEXT.</source>
        <translation>Igual que --filter text=TEXT.</translation>
    </message>
    <message>
        <source>Sort by a column key, :desc for descending.</source>
        <translation>Ordenar por una clave de columna, :desc para orden descendente.</translation>
    </message>
    <message>
        <source>CSV cells exactly as stored, without the Excel-safe apostrophe before cells starting with = + - @.</source>
        <translation>Celdas CSV exactamente como se guardan, sin el apóstrofo de protección para Excel delante de las celdas que empiezan por = + - @.</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation>Empezar el CSV con una marca de orden de bytes UTF-8 (para Excel).</translation>
    </message>
    <message>
        <source>Fail (exit 3) when the data has warnings.</source>
        <translation>Fallar (código 3) si los datos tienen advertencias.</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>Mostrar solo los errores.</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; columns are: %2</source>
        <translation>columna desconocida &quot;%1&quot;; columnas: %2</translation>
    </message>
    <message>
        <source>--columns lists no column</source>
        <translation>--columns no indica ninguna columna</translation>
    </message>
    <message>
        <source>unknown sort column &quot;%1&quot;; columns are: %2</source>
        <translation>columna de ordenación desconocida &quot;%1&quot;; columnas: %2</translation>
    </message>
    <message>
        <source>--header must be keys, titles or none, not &quot;%1&quot;</source>
        <translation>--header debe ser keys, titles o none, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>warning: %1 more warnings not shown</source>
        <translation>advertencia: %1 advertencias más no mostradas</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) in the data and --strict is set; nothing written</source>
        <translation>
            <numerusform>%n advertencia en los datos y --strict está activado; no se escribió nada</numerusform>
            <numerusform>%n advertencias en los datos y --strict está activado; no se escribió nada</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 of %2 numbers to %3</source>
        <translation>Se escribieron %1 de %2 números en %3</translation>
    </message>
    <message>
        <source>Where to write: a .csv, .xlsx or .json file, or - for standard output.</source>
        <translation>Dónde escribir: un archivo .csv, .xlsx o .json, o - para la salida estándar.</translation>
    </message>
    <message>
        <source>csv, xlsx or json (default: from the --out extension; csv for -).</source>
        <translation>csv, xlsx o json (predeterminado: según la extensión de --out; csv para -).</translation>
    </message>
    <message>
        <source>CSV or .xlsx header: keys (default), titles or none.</source>
        <translation>Encabezado CSV o .xlsx: keys (predeterminado), titles o none.</translation>
    </message>
    <message>
        <source>.xlsx: timestamps as the text the server sent instead of date-time cells (UTC).</source>
        <translation>.xlsx: marcas de tiempo como el texto que envió el servidor en lugar de celdas de fecha y hora (UTC).</translation>
    </message>
    <message>
        <source>missing --out FILE (.csv, .xlsx, .json or - for standard output)</source>
        <translation>falta --out ARCHIVO (.csv, .xlsx, .json o - para la salida estándar)</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or json, not &quot;%1&quot;</source>
        <translation>--format debe ser csv, xlsx o json, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot;: name it .csv, .xlsx or .json, or pass --format</source>
        <translation>no se puede deducir el formato de &quot;%1&quot;: usa la extensión .csv, .xlsx o .json, o indica --format</translation>
    </message>
</context>
<context>
    <name>NumbersTableView</name>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>NumbersWidget</name>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n fila copiada.</numerusform>
            <numerusform>%n filas copiadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exported %1 numbers to %2.</source>
        <translation>%1 números exportados a %2.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of this view (the filter and the table&apos;s columns):</source>
        <translation>Nombre de esta vista (el filtro y las columnas de la tabla):</translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved.</source>
        <translation>Vista &quot;%1&quot; guardada.</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>View to delete:</source>
        <translation>Vista que se eliminará:</translation>
    </message>
    <message>
        <source>Filters cleared to show %1.</source>
        <translation>Filtros borrados para mostrar %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s), %1 columns (the visible ones, in the table&apos;s order).</source>
        <translation>
            <numerusform>%Ln número, %1 columnas (las visibles, en el orden de la tabla).</numerusform>
            <numerusform>%Ln números, %1 columnas (las visibles, en el orden de la tabla).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenTarget</name>
    <message>
        <source>Give either a tenant (--tenant) or a number (--number), not both.</source>
        <translation>Indica un inquilino (--tenant) o un número (--number), no ambos.</translation>
    </message>
    <message>
        <source>There is no connection yet. Start OC Numbers and add one (File › Add connection), or import one with ocnumbers-cli profile import.</source>
        <translation>Todavía no hay ninguna conexión. Inicia OC Numbers y agrega una (Archivo › Agregar conexión), o importa una con ocnumbers-cli profile import.</translation>
    </message>
    <message>
        <source>Name the connection with --connection NAME. The connections are: %1.</source>
        <translation>Indica la conexión con --connection NAME. Las conexiones son: %1.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;. The connections are: %2.</source>
        <translation>No hay ninguna conexión llamada &quot;%1&quot;. Las conexiones son: %2.</translation>
    </message>
    <message>
        <source>Enter a phone number in E.164 form: &quot;+&quot;, the country code and the number, for example +442074996300.</source>
        <translation>Escribe un número de teléfono en formato E.164: &quot;+&quot;, el prefijo del país y el número, por ejemplo, +442074996300.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in E.164 form. Enter &quot;+&quot;, the country code and the number, digits only, for example +442074996300.</source>
        <translation>&quot;%1&quot; no es un número de teléfono en formato E.164. Escribe &quot;+&quot;, el prefijo del país y el número, solo dígitos, por ejemplo, +442074996300.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant ID. Enter the customer&apos;s Microsoft tenant ID (msTenantId), a GUID like 7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.</source>
        <translation>&quot;%1&quot; no es un Id. de inquilino. Escribe el Id. de inquilino de Microsoft del cliente (msTenantId), un GUID como 7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>no se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ParseWarningsDialog</name>
    <message>
        <source>Warnings about the loaded numbers</source>
        <translation>Advertencias sobre los números cargados</translation>
    </message>
    <message>
        <source>The numbers were loaded, but %1 things in them were odd; the first %2 are listed. Each record is kept, and a value that could not be read is kept in its raw JSON.</source>
        <translation>Los números se cargaron, pero había %1 anomalías en ellos; se muestran las %2 primeras. Se conserva cada registro, y un valor que no se pudo leer se conserva en su JSON sin procesar.</translation>
    </message>
    <message numerus="yes">
        <source>The numbers were loaded, but %n thing(s) in them were odd. Each record is kept, and a value that could not be read is kept in its raw JSON.</source>
        <translation>
            <numerusform>Los números se cargaron, pero había %n anomalía en ellos. Se conserva cada registro, y un valor que no se pudo leer se conserva en su JSON sin procesar.</numerusform>
            <numerusform>Los números se cargaron, pero había %n anomalías en ellos. Se conserva cada registro, y un valor que no se pudo leer se conserva en su JSON sin procesar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>What was wrong</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy the selected rows (or all) as tab-separated text with a header</source>
        <translation>Copiar las filas seleccionadas (o todas) como texto separado por tabulaciones, con encabezado</translation>
    </message>
</context>
<context>
    <name>PhoneQuery</name>
    <message>
        <source>A range has one &quot;..&quot; or &quot;-&quot; between its start and its end.</source>
        <translation>Un rango tiene un solo &quot;..&quot; o &quot;-&quot; entre su inicio y su final.</translation>
    </message>
    <message>
        <source>A &quot;+&quot; can only begin a number.</source>
        <translation>Un &quot;+&quot; solo puede ir al principio de un número.</translation>
    </message>
    <message>
        <source>A range starts with a full number including its &quot;+&quot;, for example +44 20 7946 0000..0999.</source>
        <translation>Un rango empieza por un número completo con su &quot;+&quot;, por ejemplo, +44 20 7946 0000..0999.</translation>
    </message>
    <message>
        <source>Both ends of a range need the same number of digits; the start has %1, the end %2.</source>
        <translation>Los dos extremos de un rango necesitan el mismo número de dígitos; el inicio tiene %1 y el final %2.</translation>
    </message>
    <message>
        <source>The end of the range has more digits (%1) than its start (%2). Give the end as a full number with &quot;+&quot; or as the last digits only, for example +44 20 7946 0000..0999.</source>
        <translation>El final del rango tiene más dígitos (%1) que su inicio (%2). Indica el final como número completo con &quot;+&quot; o solo con los últimos dígitos, por ejemplo, +44 20 7946 0000..0999.</translation>
    </message>
    <message>
        <source>The range ends (+%1) below its start (+%2).</source>
        <translation>El rango termina (+%1) por debajo de su inicio (+%2).</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>The profile name, or the file to import.</source>
        <translation>El nombre del perfil o el archivo que se importará.</translation>
    </message>
    <message>
        <source>import: the name to save the profile under.</source>
        <translation>import: el nombre con el que se guardará el perfil.</translation>
    </message>
    <message>
        <source>export: the file to write, or - for standard output.</source>
        <translation>export: el archivo que se escribirá, o - para la salida estándar.</translation>
    </message>
    <message>
        <source>missing action</source>
        <translation>falta la acción</translation>
    </message>
    <message>
        <source>%1 needs a profile name or file</source>
        <translation>%1 necesita un nombre de perfil o un archivo</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>not a profile (a JSON object): %1</source>
        <translation>no es un perfil (un objeto JSON): %1</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>Perfil &quot;%1&quot; guardado.</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation>no hay ningún perfil llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation>Perfil &quot;%1&quot; quitado.</translation>
    </message>
    <message>
        <source>cannot read the secret from standard input</source>
        <translation>no se puede leer el secreto de la entrada estándar</translation>
    </message>
    <message>
        <source>standard input holds no secret</source>
        <translation>la entrada estándar no contiene ningún secreto</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is in the keychain.</source>
        <translation>El secreto de &quot;%1&quot; está en el llavero.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>acción desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; a profile file is a few hundred bytes. Check that it is a profile exported by OC Numbers.</source>
        <translation>el archivo ocupa más de 1 MiB; un archivo de perfil ocupa unos pocos cientos de bytes. Comprueba que sea un perfil exportado por OC Numbers.</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; exists already. Pass --replace to replace it, or --name NAME to import this one under another name.</source>
        <translation>ya existe un perfil llamado &quot;%1&quot;. Usa --replace para reemplazarlo o --name NAME para importar este con otro nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now points to other addresses: its stored client secret and saved sign-in were removed. Store the secret again with &quot;%2 set-secret&quot; if it uses one.</source>
        <translation>&quot;%1&quot; ahora apunta a otras direcciones: se quitaron su secreto de cliente y su sesión guardados. Vuelve a guardar el secreto con &quot;%2 set-secret&quot; si el perfil usa uno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now points to other addresses; its stored client secret and saved sign-in could not be removed (%2). They are not used for the new addresses.</source>
        <translation>&quot;%1&quot; ahora apunta a otras direcciones; no se pudieron quitar su secreto de cliente y su sesión guardados (%2). No se usan para las direcciones nuevas.</translation>
    </message>
    <message>
        <source>Replaced profile &quot;%1&quot;.</source>
        <translation>Perfil &quot;%1&quot; reemplazado.</translation>
    </message>
    <message>
        <source>import: replace the profile of the same name. If the addresses differ, its stored secret and sign-in are removed.</source>
        <translation>import: reemplazar el perfil con el mismo nombre. Si las direcciones son distintas, se quitan su secreto y su sesión guardados.</translation>
    </message>
    <message>
        <source>the stored secret and sign-in of &quot;%1&quot; could not be removed from the keychain: %2</source>
        <translation>no se pudieron quitar del llavero el secreto y la sesión guardados de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cannot read the client secret from standard input</source>
        <translation>no se puede leer el secreto de cliente de la entrada estándar</translation>
    </message>
    <message>
        <source>No client secret: set OCNUMBERS_CLIENT_SECRET, pass --client-secret-stdin or store one with set-secret.</source>
        <translation>No hay secreto de cliente: define OCNUMBERS_CLIENT_SECRET, usa --client-secret-stdin o guarda uno con set-secret.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; cannot be tested until it is fixed: %2</source>
        <translation>el perfil &quot;%1&quot; no se puede probar hasta que se corrija: %2</translation>
    </message>
    <message>
        <source>Manages connection profiles: list, show NAME, import FILE, export NAME, remove NAME, set-secret NAME, test NAME. Profile files hold no secrets; set-secret reads the app registration&apos;s secret from standard input and keeps it in the OS keychain.</source>
        <translation>Administra los perfiles de conexión: list, show NAME, import FILE, export NAME, remove NAME, set-secret NAME, test NAME. Los archivos de perfil no contienen secretos; set-secret lee el secreto del registro de aplicación de la entrada estándar y lo guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>list, show, import, export, remove, set-secret or test (signs in and asks Live Platform once, saying what works and what to fix).</source>
        <translation>list, show, import, export, remove, set-secret o test (inicia sesión y consulta Live Platform una vez, indicando qué funciona y qué hay que corregir).</translation>
    </message>
    <message>
        <source>test: read the app registration&apos;s secret from the first line of standard input (else OCNUMBERS_CLIENT_SECRET, else the keychain).</source>
        <translation>test: leer el secreto del registro de aplicación de la primera línea de la entrada estándar (si no, OCNUMBERS_CLIENT_SECRET; si no, el llavero).</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Add a Live Platform connection</source>
        <translation>Agregar una conexión de Live Platform</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <source>For example: Contoso production</source>
        <translation>Por ejemplo: Contoso producción</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Live Platform</source>
        <translation>Live Platform</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>https://live.example.com/tenantui</source>
        <translation>https://live.example.com/tenantui</translation>
    </message>
    <message>
        <source>Live Platform address</source>
        <translation>Dirección de Live Platform</translation>
    </message>
    <message>
        <source>The address of your Live Platform, up to and including /tenantui.</source>
        <translation>La dirección de tu Live Platform, hasta /tenantui incluido.</translation>
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation>A&amp;PI:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>Numbers per page</source>
        <translation>Números por página</translation>
    </message>
    <message>
        <source> numbers</source>
        <translation> números</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Channel id (optional)</source>
        <translation>Id. de canal (opcional)</translation>
    </message>
    <message>
        <source>Optional: a channel id limits the view to that channel&apos;s customers (X-Ovoc-Channel-Id).</source>
        <translation>Opcional: un Id. de canal limita la vista a los clientes de ese canal (X-Ovoc-Channel-Id).</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Tiempo de &amp;espera:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tiempo de espera en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Change these only if your Live Platform&apos;s v3 API uses other query names.</source>
        <translation>Cámbialos solo si la API v3 de tu Live Platform usa otros nombres de parámetros.</translation>
    </message>
    <message>
        <source>Page number key:</source>
        <translation>Parámetro de página:</translation>
    </message>
    <message>
        <source>Page number query key</source>
        <translation>Parámetro de consulta del número de página</translation>
    </message>
    <message>
        <source>Page size key:</source>
        <translation>Parámetro de tamaño:</translation>
    </message>
    <message>
        <source>Page size query key</source>
        <translation>Parámetro de consulta del tamaño de página</translation>
    </message>
    <message>
        <source>Status key:</source>
        <translation>Parámetro de estado:</translation>
    </message>
    <message>
        <source>Number status query key</source>
        <translation>Parámetro de consulta del estado del número</translation>
    </message>
    <message>
        <source>Largest answer:</source>
        <translation>Respuesta máxima:</translation>
    </message>
    <message>
        <source>Largest answer in megabytes</source>
        <translation>Tamaño máximo de respuesta en megabytes</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Sign-in (Microsoft Entra ID)</source>
        <translation>Inicio de sesión (Microsoft Entra ID)</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Iniciar sesión con</translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation>A&amp;utoridad:</translation>
    </message>
    <message>
        <source>https://login.microsoftonline.com</source>
        <translation>https://login.microsoftonline.com</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>Autoridad de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Directory (tenant) ID:</source>
        <translation>Id. de di&amp;rectorio (inquilino):</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation>Id. de directorio (inquilino)</translation>
    </message>
    <message>
        <source>Your own Entra tenant, not the customer&apos;s: Entra admin center › Overview › Tenant ID, or your .onmicrosoft.com domain.</source>
        <translation>Tu propio inquilino de Entra, no el del cliente: Centro de administración de Entra › Información general › Id. de inquilino, o tu dominio .onmicrosoft.com.</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>Id. de c&amp;liente:</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Id. de aplicación (cliente)</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>The Live Platform API&apos;s application ID URI followed by /.default.</source>
        <translation>El URI de Id. de aplicación de la API de Live Platform seguido de /.default.</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation>Problemas del perfil</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Edit the connection &quot;%1&quot;</source>
        <translation>Editar la conexión &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>v3: numbers in pages</source>
        <translation>v3: números por páginas</translation>
    </message>
    <message>
        <source>v2: the whole list in one answer</source>
        <translation>v2: toda la lista en una respuesta</translation>
    </message>
    <message>
        <source>App registration (client secret)</source>
        <translation>Registro de aplicación (secreto de cliente)</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Código de dispositivo</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;. Elige otro nombre.</translation>
    </message>
    <message>
        <source>Entra admin center › App registrations › the app Live Platform trusts (LiveCloud-APIToken) › Application (client) ID.</source>
        <translation>Centro de administración de Entra › Registros de aplicaciones › la aplicación en la que confía Live Platform (LiveCloud-APIToken) › Id. de aplicación (cliente).</translation>
    </message>
    <message>
        <source>The Application (client) ID of the public client app registered for OC Numbers, not the LiveCloud-APIToken app.</source>
        <translation>El Id. de aplicación (cliente) de la aplicación cliente pública registrada para OC Numbers, no el de la aplicación LiveCloud-APIToken.</translation>
    </message>
    <message>
        <source>Not used: signing in as a user needs no secret.</source>
        <translation>No se usa: iniciar sesión como usuario no requiere secreto.</translation>
    </message>
    <message>
        <source>The secret&apos;s Value (shown once, when it was made), not its Secret ID. Kept in the keychain, never in the profile.</source>
        <translation>El &quot;Valor&quot; del secreto (se muestra una vez, al crearlo), no su &quot;Id. de secreto&quot;. Se guarda en el llavero, nunca en el perfil.</translation>
    </message>
    <message>
        <source>Stored; leave empty to keep it</source>
        <translation>Guardado; déjalo vacío para conservarlo</translation>
    </message>
    <message>
        <source>Paste the secret&apos;s value</source>
        <translation>Pega el valor del secreto</translation>
    </message>
    <message>
        <source>The stored secret could not be read to keep it under the new name: %1. Enter the secret again, or keep the old name.</source>
        <translation>No se pudo leer el secreto guardado para conservarlo con el nombre nuevo: %1. Vuelve a escribir el secreto o mantén el nombre anterior.</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>Prueba detenida.</translation>
    </message>
    <message>
        <source>No client secret: type the app registration&apos;s secret to test the sign-in.</source>
        <translation>No hay secreto de cliente: escribe el secreto del registro de aplicación para probar el inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>&amp;Iniciar sesión con:</translation>
    </message>
    <message>
        <source>Stop &amp;test</source>
        <translation>Detener prue&amp;ba</translation>
    </message>
    <message>
        <source>What saving removes</source>
        <translation>Lo que se quita al guardar</translation>
    </message>
    <message>
        <source>the authority</source>
        <translation>la autoridad</translation>
    </message>
    <message>
        <source>the directory</source>
        <translation>el directorio</translation>
    </message>
    <message>
        <source>the client id</source>
        <translation>el Id. de cliente</translation>
    </message>
    <message>
        <source>the base URL</source>
        <translation>la URL base</translation>
    </message>
    <message>
        <source>the addresses</source>
        <translation>las direcciones</translation>
    </message>
    <message>
        <source>You changed %1. Saving removes the client secret and saved sign-in stored for this connection: they were issued for the old addresses. Enter the secret again if it uses one.</source>
        <translation>Has cambiado %1. Al guardar se quitan el secreto de cliente y la sesión guardados para esta conexión: se emitieron para las direcciones anteriores. Vuelve a escribir el secreto si la conexión usa uno.</translation>
    </message>
    <message>
        <source>The secret was not stored in the keychain. %1 Save again to keep the connection without it: the secret is then used until OC Numbers closes, and asked for at sign-in after that.</source>
        <translation>El secreto no se guardó en el llavero. %1 Vuelve a guardar para conservar la conexión sin él: el secreto se usará hasta que se cierre OC Numbers y, después, se pedirá al iniciar sesión.</translation>
    </message>
    <message>
        <source>The keychain could not be read. %1 Type the client secret to test the sign-in.</source>
        <translation>No se pudo leer el llavero. %1 Escribe el secreto de cliente para probar el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>cannot listen on 127.0.0.1 port %1 (in use, or not allowed)</source>
        <translation>no se puede escuchar en 127.0.0.1, puerto %1 (en uso o no permitido)</translation>
    </message>
</context>
<context>
    <name>SbcRoutingDialog</name>
    <message>
        <source>SBC routing</source>
        <translation>Enrutamiento SBC</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Inbound calling:</source>
        <translation>Llamadas entrantes:</translation>
    </message>
    <message>
        <source>Inbound calling</source>
        <translation>Llamadas entrantes</translation>
    </message>
    <message>
        <source>Calling profile:</source>
        <translation>Perfil de llamada:</translation>
    </message>
    <message>
        <source>Calling profile</source>
        <translation>Perfil de llamada</translation>
    </message>
    <message>
        <source>Outbound calling:</source>
        <translation>Llamadas salientes:</translation>
    </message>
    <message>
        <source>Outbound calling</source>
        <translation>Llamadas salientes</translation>
    </message>
    <message>
        <source>SBCs of this number</source>
        <translation>SBC de este número</translation>
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
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>SBC ID</source>
        <translation>Id. de SBC</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>This number has no SBC in its list</source>
        <translation>Este número no tiene ningún SBC en su lista</translation>
    </message>
    <message>
        <source>Show only numbers &amp;through this SBC</source>
        <translation>&amp;Mostrar solo los números de este SBC</translation>
    </message>
    <message>
        <source>Filter the main table to the numbers routed through the selected SBC</source>
        <translation>Filtrar la tabla principal por los números enrutados a través del SBC seleccionado</translation>
    </message>
    <message>
        <source>Show only numbers through this SBC</source>
        <translation>Mostrar solo los números de este SBC</translation>
    </message>
    <message>
        <source>Other numbers through these SBCs</source>
        <translation>Otros números a través de estos SBC</translation>
    </message>
    <message>
        <source>Other numbers by country</source>
        <translation>Otros números por país</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Other numbers by status</source>
        <translation>Otros números por estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>SBC routing — %1</source>
        <translation>Enrutamiento SBC — %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Adquirido</translation>
    </message>
    <message>
        <source>Available but not acquired</source>
        <translation>Disponible pero no adquirido</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Without an SBC, this number shares its routing with no other number</source>
        <translation>Sin SBC, este número no comparte su enrutamiento con ningún otro número</translation>
    </message>
    <message>
        <source>No other loaded number uses this SBC</source>
        <translation>Ningún otro número cargado usa este SBC</translation>
    </message>
    <message>
        <source>No other loaded number uses these SBCs</source>
        <translation>Ningún otro número cargado usa estos SBC</translation>
    </message>
    <message>
        <source>Other numbers through this SBC</source>
        <translation>Otros números a través de este SBC</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other loaded numbers use this SBC</source>
        <translation>
            <numerusform>%Ln otro número cargado usa este SBC</numerusform>
            <numerusform>Otros %Ln números cargados usan este SBC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other loaded numbers use these SBCs</source>
        <translation>
            <numerusform>%Ln otro número cargado usa estos SBC</numerusform>
            <numerusform>Otros %Ln números cargados usan estos SBC</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Paste the secret&apos;s value</source>
        <translation>Pega el valor del secreto</translation>
    </message>
    <message>
        <source>&amp;Keep it in the keychain for later sign-ins</source>
        <translation>&amp;Guardarlo en el llavero para próximos inicios de sesión</translation>
    </message>
    <message>
        <source>Client secret for &quot;%1&quot;</source>
        <translation>Secreto de cliente para &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; signs in with the app registration %2. Enter its client secret (the secret&apos;s Value, not its Secret ID). It is used until OC Numbers closes.</source>
        <translation>La conexión &quot;%1&quot; inicia sesión con el registro de aplicación %2. Escribe su secreto de cliente (el &quot;Valor&quot; del secreto, no su &quot;Id. de secreto&quot;). Se usará hasta que se cierre OC Numbers.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SignInPromptDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de inicio de sesión</translation>
    </message>
    <message>
        <source>Copy &amp;code</source>
        <translation>Copiar &amp;código</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copiar &amp;dirección</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Abrir en el navegador</translation>
    </message>
    <message>
        <source>Sign in with a code</source>
        <translation>Iniciar sesión con un código</translation>
    </message>
    <message>
        <source>On any device with a browser, open the address below, enter the code and sign in with your work account. This window closes by itself when you are done. The code is valid until %1.</source>
        <translation>En cualquier dispositivo con navegador, abre la dirección siguiente, escribe el código e inicia sesión con tu cuenta profesional. Esta ventana se cierra sola cuando termines. El código es válido hasta las %1.</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Iniciar sesión en el navegador</translation>
    </message>
    <message>
        <source>No browser could be started. Open this address in a browser on this computer and sign in; OC Numbers continues by itself when you are done.</source>
        <translation>No se pudo abrir ningún navegador. Abre esta dirección en un navegador de este equipo e inicia sesión; OC Numbers continuará solo cuando termines.</translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <source>App registration %1</source>
        <translation>Registro de aplicación %1</translation>
    </message>
    <message>
        <source>App registration %1 (%2)</source>
        <translation>Registro de aplicación %1 (%2)</translation>
    </message>
    <message>
        <source>No keychain is available for the client secret of &quot;%1&quot;.</source>
        <translation>No hay ningún llavero disponible para el secreto de cliente de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No client secret is stored for &quot;%1&quot;. Edit the connection and enter the app registration&apos;s secret.</source>
        <translation>No hay ningún secreto de cliente guardado para &quot;%1&quot;. Edita la conexión y escribe el secreto del registro de aplicación.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is not signed in to anything until it is fixed: %2</source>
        <translation>La conexión &quot;%1&quot; no inicia sesión en ningún sitio hasta que se corrija: %2</translation>
    </message>
    <message>
        <source>No client secret is stored for &quot;%1&quot;.</source>
        <translation>No hay ningún secreto de cliente guardado para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; is used until OC Numbers closes but was not stored in the keychain. %2</source>
        <translation>El secreto de cliente de &quot;%1&quot; se usará hasta que se cierre OC Numbers, pero no se guardó en el llavero. %2</translation>
    </message>
    <message>
        <source>Not signed in: no client secret was entered for &quot;%1&quot;.</source>
        <translation>Sin sesión iniciada: no se escribió ningún secreto de cliente para &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>cannot open the snapshot: %1</source>
        <translation>no se puede abrir la instantánea: %1</translation>
    </message>
    <message>
        <source>not an OC Numbers snapshot</source>
        <translation>no es una instantánea de OC Numbers</translation>
    </message>
    <message>
        <source>the snapshot is truncated (its header ends early)</source>
        <translation>la instantánea está truncada (su encabezado termina antes de tiempo)</translation>
    </message>
    <message>
        <source>the snapshot&apos;s header is damaged (no format version)</source>
        <translation>el encabezado de la instantánea está dañado (no tiene versión de formato)</translation>
    </message>
    <message>
        <source>the snapshot was written by a newer version of OC Numbers (format %1; this version reads format %2): update OC Numbers to open it</source>
        <translation>la instantánea la escribió una versión más reciente de OC Numbers (formato %1; esta versión lee el formato %2): actualiza OC Numbers para abrirla</translation>
    </message>
    <message>
        <source>the snapshot&apos;s header is damaged (too long)</source>
        <translation>el encabezado de la instantánea está dañado (demasiado largo)</translation>
    </message>
    <message>
        <source>the snapshot&apos;s header is damaged (its description is not valid)</source>
        <translation>el encabezado de la instantánea está dañado (su descripción no es válida)</translation>
    </message>
    <message>
        <source>cannot read the snapshot: %1</source>
        <translation>no se puede leer la instantánea: %1</translation>
    </message>
    <message>
        <source>not enough memory to read the snapshot</source>
        <translation>no hay memoria suficiente para leer la instantánea</translation>
    </message>
    <message>
        <source>the snapshot is damaged (its compressed data is not valid: %1)</source>
        <translation>la instantánea está dañada (sus datos comprimidos no son válidos: %1)</translation>
    </message>
    <message>
        <source>the snapshot is truncated (the compressed data ends early)</source>
        <translation>la instantánea está truncada (los datos comprimidos terminan antes de tiempo)</translation>
    </message>
    <message>
        <source>cannot write the snapshot: %1</source>
        <translation>no se puede escribir la instantánea: %1</translation>
    </message>
    <message>
        <source>the snapshot is damaged (it holds %1 numbers, its header says %2)</source>
        <translation>la instantánea está dañada (contiene %1 números y su encabezado indica %2)</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>Cannot create the snapshot folder %1: check that it can be written.</source>
        <translation>No se puede crear la carpeta de instantáneas %1: comprueba que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Cannot delete the snapshot %1: %2</source>
        <translation>No se puede eliminar la instantánea %1: %2</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <source>Each completed load can be kept as a snapshot of the numbers received, to open or export later without signing in.</source>
        <translation>Cada carga completada puede conservarse como una instantánea de los números recibidos, para abrirla o exportarla más tarde sin iniciar sesión.</translation>
    </message>
    <message>
        <source>There are no snapshots yet. With &quot;Keep a snapshot of each load&quot; on, one is kept each time numbers finish loading.</source>
        <translation>Todavía no hay instantáneas. Con &quot;Conservar una instantánea de cada carga&quot; activado, se conserva una cada vez que termina una carga de números.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show the snapshot&apos;s numbers in the window</source>
        <translation>Mostrar los números de la instantánea en la ventana</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the snapshot&apos;s numbers as a JSON file that OC Numbers and ocnumbers-cli read</source>
        <translation>Guardar los números de la instantánea como un archivo JSON que leen OC Numbers y ocnumbers-cli</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Keep a snapshot of each load</source>
        <translation>Con&amp;servar una instantánea de cada carga</translation>
    </message>
    <message>
        <source>Snapshots per &amp;tenant:</source>
        <translation>Instantáneas por &amp;inquilino:</translation>
    </message>
    <message>
        <source>How many of the newest snapshots of one connection and tenant are kept</source>
        <translation>Cuántas de las instantáneas más recientes de una conexión e inquilino se conservan</translation>
    </message>
    <message>
        <source>Total size &amp;limit:</source>
        <translation>Límite de &amp;tamaño total:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>When all snapshots together are larger, the oldest are deleted</source>
        <translation>Cuando todas las instantáneas juntas ocupan más, se eliminan las más antiguas</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>En uso:</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>(connection without a name)</source>
        <translation>(conexión sin nombre)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the snapshot folder could not be read and are not listed.</source>
        <translation>
            <numerusform>No se pudo leer %n archivo de la carpeta de instantáneas y no aparece en la lista.</numerusform>
            <numerusform>No se pudieron leer %n archivos de la carpeta de instantáneas y no aparecen en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2
%3</source>
        <translation>%1 en %2
%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n snapshot(s)</source>
        <translation>
            <numerusform>%1 en %n instantánea</numerusform>
            <numerusform>%1 en %n instantáneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Exportar instantánea</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>No se puede exportar a %1: %2</translation>
    </message>
    <message>
        <source>Delete snapshots</source>
        <translation>Eliminar instantáneas</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s)? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n instantánea? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n instantáneas? No se puede deshacer.</numerusform>
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
        <translation>la respuesta estaba vacía</translation>
    </message>
    <message>
        <source>the answer is not a JSON object (%1 bytes)</source>
        <translation>la respuesta no es un objeto JSON (%1 bytes)</translation>
    </message>
    <message>
        <source>the answer holds no access_token</source>
        <translation>la respuesta no contiene access_token</translation>
    </message>
    <message>
        <source>the token is of type &quot;%1&quot;, not a bearer token</source>
        <translation>el token es de tipo &quot;%1&quot;, no un token de portador (bearer)</translation>
    </message>
    <message>
        <source>the answer holds no positive expires_in</source>
        <translation>la respuesta no contiene un expires_in positivo</translation>
    </message>
    <message>
        <source>The sign-in service at %1 did not answer with a usable token: %2. Nothing was kept. Sign in again; if this repeats, check the authority URL of the connection.</source>
        <translation>El servicio de inicio de sesión de %1 no respondió con un token utilizable: %2. No se guardó nada. Vuelve a iniciar sesión; si se repite, comprueba la URL de la autoridad de la conexión.</translation>
    </message>
</context>
<context>
    <name>WarningsButton</name>
    <message>
        <source>Some records of the list were odd: show what the parser noticed</source>
        <translation>Algunos registros de la lista eran anómalos: mostrar lo que detectó el analizador</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>no se puede crear el libro</translation>
    </message>
    <message>
        <source>cannot name the sheet &quot;%1&quot;</source>
        <translation>no se puede dar a la hoja el nombre &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the workbook was not created</source>
        <translation>el libro no se creó</translation>
    </message>
    <message>
        <source>cannot read the workbook back: %1</source>
        <translation>no se puede volver a leer el libro: %1</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>no se puede escribir el libro: %1</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>a sheet holds at most %1 rows, and there are %2: filter them, or export CSV</source>
        <translation>una hoja admite como máximo %1 filas y hay %2: fíltralas o exporta a CSV</translation>
    </message>
    <message>
        <source>Telephone numbers: %1</source>
        <translation>Números de teléfono: %1</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 rows</source>
        <translation>cancelado tras %1 de %2 filas</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Load a tenant&apos;s numbers from Live Platform</source>
        <translation>Cargar los números de un inquilino desde Live Platform</translation>
    </message>
    <message>
        <source>Manage connection profiles</source>
        <translation>Administrar perfiles de conexión</translation>
    </message>
    <message>
        <source>Convert a saved response to CSV or JSON</source>
        <translation>Convertir una respuesta guardada a CSV o JSON</translation>
    </message>
    <message>
        <source>Run &apos;ocnumbers-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Ejecuta &apos;ocnumbers-cli COMMAND --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: ocnumbers-cli COMMAND [options]</source>
        <translation>Uso: ocnumbers-cli COMMAND [opciones]</translation>
    </message>
    <message>
        <source>Show what changed between two saved responses</source>
        <translation>Mostrar qué cambió entre dos respuestas guardadas</translation>
    </message>
    <message>
        <source>Exit codes: 0 success (diff: no differences), 1 diff: differences, 2 bad usage, 3 bad data, 4 input/output error, 5 sign-in failed, 6 server or network failure.</source>
        <translation>Códigos de salida: 0 éxito (diff: sin diferencias), 1 diff: diferencias, 2 uso incorrecto, 3 datos incorrectos, 4 error de entrada/salida, 5 error al iniciar sesión, 6 error del servidor o de la red.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, filter and export Microsoft Teams Operator Connect numbers.</source>
        <translation>Examinar, filtrar y exportar números de Operator Connect de Microsoft Teams.</translation>
    </message>
    <message>
        <source>Start the built-in demo server and load its largest tenant.</source>
        <translation>Iniciar el servidor de demostración integrado y cargar su inquilino más grande.</translation>
    </message>
    <message>
        <source>How many numbers the demo&apos;s largest tenant has.</source>
        <translation>Cuántos números tiene el inquilino más grande de la demo.</translation>
    </message>
    <message>
        <source>light, dark or system (the default: the desktop&apos;s colours).</source>
        <translation>light, dark o system (predeterminado: los colores del escritorio).</translation>
    </message>
    <message>
        <source>Make the demo server fail on purpose, as ocnumbers-sandbox --faults does (e.g. numbers-v2:503=2:times=1), to see how failures look.</source>
        <translation>Hacer que el servidor de demostración falle a propósito, como hace ocnumbers-sandbox --faults (p. ej. numbers-v2:503=2:times=1), para ver cómo se muestran los errores.</translation>
    </message>
    <message>
        <source>Open with this connection chosen (its name as in the window). Without it, --tenant and --number use the last connection used.</source>
        <translation>Abrir con esta conexión elegida (su nombre tal como aparece en la ventana). Sin esta opción, --tenant y --number usan la última conexión usada.</translation>
    </message>
    <message>
        <source>Load this tenant (the customer&apos;s Microsoft tenant ID).</source>
        <translation>Cargar este inquilino (el Id. de inquilino de Microsoft del cliente).</translation>
    </message>
    <message>
        <source>Look this number up (E.164, e.g. +442074996300) and show it with its tenant and customer.</source>
        <translation>Consultar este número (E.164, p. ej. +442074996300) y mostrarlo con su inquilino y su cliente.</translation>
    </message>
    <message>
        <source>A saved Live Platform response or snapshot to show, read-only.</source>
        <translation>Una respuesta guardada de Live Platform o una instantánea que mostrar en solo lectura.</translation>
    </message>
</context>
</TS>
