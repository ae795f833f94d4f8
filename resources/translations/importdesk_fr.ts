<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityLogDock</name>
    <message>
        <location filename="../../ui/activitylogdock.cpp" line="11" />
        <location filename="../../ui/activitylogdock.cpp" line="18" />
        <source>Activity log</source>
        <translation>Journal d'activité</translation>
    </message>
    <message>
        <location filename="../../ui/activitylogdock.cpp" line="35" />
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../../ui/activitylogdock.cpp" line="41" />
        <source>Clear the activity log</source>
        <translation>Vider le journal d'activité</translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <location filename="../../app/activitylog.cpp" line="24" />
        <source>OK</source>
        <comment>outcome of a request</comment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/activitylog.cpp" line="25" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../app/activitylog.cpp" line="47" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../app/activitylog.cpp" line="59" />
        <source>Retries: %1</source>
        <translation>Nouvelles tentatives : %1</translation>
    </message>
    <message>
        <location filename="../../app/activitylog.cpp" line="80" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../app/activitylog.cpp" line="82" />
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="../../app/activitylog.cpp" line="84" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/activitylog.cpp" line="86" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../app/activitylog.cpp" line="88" />
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../../app/activitylog.cpp" line="90" />
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
</context>
<context>
    <name>ApiCodec</name>
    <message>
        <location filename="../../app/personalize/apicodec.cpp" line="31" />
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/apicodec.cpp" line="33" />
        <source>a boolean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/apicodec.cpp" line="35" />
        <location filename="../../app/personalize/apicodec.cpp" line="92" />
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/apicodec.cpp" line="37" />
        <location filename="../../app/personalize/apicodec.cpp" line="60" />
        <source>a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/apicodec.cpp" line="39" />
        <location filename="../../app/personalize/apicodec.cpp" line="329" />
        <source>an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/apicodec.cpp" line="41" />
        <location filename="../../app/personalize/apicodec.cpp" line="346" />
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/apicodec.cpp" line="45" />
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/apicodec.cpp" line="51" />
        <source>%1: expected %2, found %3</source>
        <extracomment>%1 is a JSON member path such as datasetImportJobs[3].creationDateTime</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/apicodec.cpp" line="68" />
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/apicodec.cpp" line="76" />
        <source>an integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/apicodec.cpp" line="81" />
        <source>%1: expected an integer, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/apicodec.cpp" line="95" />
        <source>%1: the timestamp %2 is outside the years 1 to 9999</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/apicodec.cpp" line="160" />
        <source>%1: this member is required but missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AwsCall</name>
    <message>
        <location filename="../../app/aws/awscall.cpp" line="72" />
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awscall.cpp" line="84" />
        <source>No AWS Region is selected. Choose a region, or set one in the profile or with AWS_REGION.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awscall.cpp" line="97" />
        <source>No answer within %1 seconds, retries included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awscall.cpp" line="111" />
        <source>No credentials are configured for this connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awscall.cpp" line="226" />
        <source>The service's answer is not valid JSON (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AwsCredentials</name>
    <message>
        <location filename="../../app/aws/awscredentials.cpp" line="19" />
        <source>%1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awscredentials.cpp" line="21" />
        <source>, expires %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <location filename="../../app/aws/awserror.cpp" line="25" />
        <source>request id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awserror.cpp" line="33" />
        <source>Check the region and the endpoint address, and that this computer is online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awserror.cpp" line="35" />
        <source>Nothing answers at the endpoint. Check the endpoint address, or start the sandbox if you use one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awserror.cpp" line="39" />
        <source>Check the network connection and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awserror.cpp" line="41" />
        <source>The service took too long to answer. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awserror.cpp" line="43" />
        <source>The endpoint's certificate is not trusted. If your network inspects TLS traffic, point AWS_CA_BUNDLE or the profile's ca_bundle at its certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awserror.cpp" line="46" />
        <source>Configure credentials for this profile, or choose another profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awserror.cpp" line="55" />
        <source>The access key is not known to AWS. Check the profile's access key id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awserror.cpp" line="57" />
        <source>The secret access key does not match the access key id. Check the profile's secret key, and that this computer's clock is right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awserror.cpp" line="60" />
        <source>The temporary credentials have expired. Sign in again (for IAM Identity Center: aws sso login) and retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awserror.cpp" line="63" />
        <source>Your identity lacks a permission for this action. Ask your administrator to allow it in your IAM policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awserror.cpp" line="66" />
        <source>The service is limiting requests. Wait a little and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awserror.cpp" line="68" />
        <source>The service had a temporary problem. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AwsSession</name>
    <message>
        <location filename="../../app/aws/awssession.cpp" line="32" />
        <source>No AWS Region is configured for profile “%1”. Choose a region, or set one with AWS_REGION or a region line in the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/awssession.cpp" line="46" />
        <source>No Amazon Personalize endpoint for region “%1”: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliInputJson</name>
    <message>
        <location filename="../../app/personalize/cliinputjson.cpp" line="57" />
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/cliinputjson.cpp" line="61" />
        <source>The CLI input must be a JSON object ({ … }).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/cliinputjson.cpp" line="80" />
        <source>The AWS CLI does not accept these keys: %1. Remove them; the known keys are %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/cliinputjson.cpp" line="97" />
        <source>The CLI input has a value of the wrong type: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientConfiguration</name>
    <message>
        <location filename="../../app/aws/clientconfiguration.cpp" line="76" />
        <location filename="../../app/aws/clientconfiguration.cpp" line="103" />
        <location filename="../../app/aws/clientconfiguration.cpp" line="153" />
        <source>command line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/clientconfiguration.cpp" line="83" />
        <location filename="../../app/aws/clientconfiguration.cpp" line="199" />
        <location filename="../../app/aws/clientconfiguration.cpp" line="218" />
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/clientconfiguration.cpp" line="90" />
        <source>The profile "%1" (from %2) does not exist in %3 or %4. Choose an existing profile, or create it with "aws configure --profile %1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/clientconfiguration.cpp" line="98" />
        <source>profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/clientconfiguration.cpp" line="136" />
        <source>%1 must be "true" or "false", not "%2". Correct or remove the setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/clientconfiguration.cpp" line="166" />
        <source>The profile "%1" refers to the services section "%2", which does not exist in %3. Add a [services %2] section or remove the "services" setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/clientconfiguration.cpp" line="177" />
        <source>services %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/clientconfiguration.cpp" line="187" />
        <source>The endpoint URL "%1" from %2 is not a valid http:// or https:// address. Correct or remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/clientconfiguration.cpp" line="205" />
        <source>%1 must be a whole number of attempts of at least 1, not "%2". Correct or remove the setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/clientconfiguration.cpp" line="223" />
        <source>%1 must be "standard", "adaptive" or "legacy", not "%2". Correct or remove the setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/clientconfiguration.cpp" line="232" />
        <source>Import Desk always retries with the standard retry mode; the "%1" mode from %2 is not used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/clientconfiguration.cpp" line="247" />
        <source>The certificate bundle %1 named by %2 cannot be read. Check the path and its permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/clientconfiguration.cpp" line="254" />
        <source>The certificate bundle %1 named by %2 holds no PEM certificate. Point it at a .pem file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../../ui/connectionbar.cpp" line="22" />
        <source>AWS profile</source>
        <translation>Profil AWS</translation>
    </message>
    <message>
        <location filename="../../ui/connectionbar.cpp" line="26" />
        <source>AWS Region</source>
        <translation>Région AWS</translation>
    </message>
    <message>
        <location filename="../../ui/connectionbar.cpp" line="40" />
        <source>Sandbox</source>
        <comment>badge: the app talks to the local sandbox</comment>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <location filename="../../ui/connectionbar.cpp" line="44" />
        <source>Sandbox: not connected to AWS</source>
        <translation>Bac à sable : non connecté à AWS</translation>
    </message>
    <message>
        <location filename="../../ui/connectionbar.cpp" line="47" />
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <location filename="../../ui/connectionbar.cpp" line="49" />
        <source>R&amp;egion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <location filename="../../ui/connectionbar.cpp" line="113" />
        <source>Account: not known yet</source>
        <translation>Compte : pas encore connu</translation>
    </message>
    <message>
        <location filename="../../ui/connectionbar.cpp" line="114" />
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <location filename="../../ui/connectionbar.cpp" line="122" />
        <source>Requests go to the local sandbox at %1, not to AWS. Nothing you do here touches a real account.</source>
        <translation>Les requêtes vont au bac à sable local %1, pas à AWS. Rien de ce que vous faites ici ne touche un compte réel.</translation>
    </message>
    <message>
        <location filename="../../ui/connectionbar.cpp" line="129" />
        <source>The sandbox serves one fixed account and Region.</source>
        <translation>Le bac à sable sert un seul compte et une seule Région.</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <location filename="../../app/connectionmanager.cpp" line="93" />
        <source>Checking the credentials of profile “%1”…</source>
        <translation>Vérification des identifiants du profil « %1 »…</translation>
    </message>
    <message>
        <location filename="../../app/connectionmanager.cpp" line="103" />
        <source>Connected to the local sandbox at %1.</source>
        <translation>Connecté au bac à sable local %1.</translation>
    </message>
    <message>
        <location filename="../../app/connectionmanager.cpp" line="105" />
        <source>Connected as %1.</source>
        <translation>Connecté avec %1.</translation>
    </message>
</context>
<context>
    <name>CredentialChain</name>
    <message>
        <location filename="../../app/aws/credentialchain.cpp" line="54" />
        <source>The credentials are no longer available. Restart the operation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialchain.cpp" line="105" />
        <source>credentials entered in Import Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialchain.cpp" line="127" />
        <source>Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set. Set both, or unset both to use a profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialchain.cpp" line="138" />
        <source>environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialchain.cpp" line="146" />
        <source>AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 date and time ("%1"). Correct or unset it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialchain.cpp" line="153" />
        <source>The credentials in the environment expired at %1 (AWS_CREDENTIAL_EXPIRATION). Set new ones, or unset AWS_ACCESS_KEY_ID to use a profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialchain.cpp" line="165" />
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialchain.cpp" line="173" />
        <source>The profile "%1" does not exist in %2. Choose an existing profile, or create it with "%3".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialchain.cpp" line="179" />
        <source>No AWS credentials were found: there is no default profile in %1 and AWS_ACCESS_KEY_ID is not set. Run "aws configure" to store access keys, "aws configure sso" for IAM Identity Center, or choose a profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialchain.cpp" line="192" />
        <source>The profile "%1" assumes an IAM role (%2), which Import Desk does not support yet. Use a profile with access keys, credential_process or IAM Identity Center, or export the role's temporary credentials as AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialchain.cpp" line="206" />
        <source>The profile "%1" has only one of aws_access_key_id and aws_secret_access_key. Add the other, for example with "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialchain.cpp" line="218" />
        <source>profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialchain.cpp" line="244" />
        <source>The profile "%1" holds no credentials. Run "%2" to store access keys, "aws configure sso --profile %1" for IAM Identity Center, or add a credential_process.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CredentialProcess</name>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="53" />
        <source>it ends with a lone backslash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="86" />
        <source>a quotation mark is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="90" />
        <source>the command is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="99" />
        <location filename="../../app/aws/credentialprocess.cpp" line="199" />
        <source>The credential_process of profile "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="105" />
        <source>%1 did not print a JSON object (%2). Check that the command prints credentials in the Version 1 format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="108" />
        <source>not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="113" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="116" />
        <source>%1 printed Version %2; only Version 1 is supported. Update the command or its configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="125" />
        <source>credential_process of profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="134" />
        <source>%1 printed no %2. Check the command's output format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="135" />
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="142" />
        <source>%1 printed an Expiration that is not an ISO 8601 date and time ("%2").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="147" />
        <source>%1 returned credentials that expired at %2. Check the command, and that this computer's clock is right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="162" />
        <source>The credential_process of profile "%1" is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="174" />
        <source>The credential_process of profile "%1" cannot be used: %2. Correct it in the config file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="205" />
        <source>%1 stopped unexpectedly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="206" />
        <source>%1 failed with exit code %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="208" />
        <source>It said: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="220" />
        <source>The credential_process of profile "%1" could not be started (%2: %3). Check the command in the config file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/credentialprocess.cpp" line="231" />
        <source>The credential_process of profile "%1" did not finish within %2 seconds and was stopped. Check that the command does not wait for input.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftAutosave</name>
    <message>
        <location filename="../../app/draftautosave.cpp" line="57" />
        <source>The draft could not be saved to %1: %2</source>
        <translation>Le brouillon n'a pas pu être enregistré dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <location filename="../../app/aws/endpointpolicy.cpp" line="16" />
        <source>No endpoint URL is set. Enter an address such as https://example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointpolicy.cpp" line="19" />
        <source>The endpoint URL “%1” is not a valid URL. Enter an address such as https://example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointpolicy.cpp" line="25" />
        <source>The endpoint URL “%1” uses “%2”, but only https:// (or http:// to this computer) is supported. Change the address to start with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointpolicy.cpp" line="30" />
        <source>The endpoint URL “%1” has no host name. Enter an address such as https://example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointpolicy.cpp" line="36" />
        <source>The endpoint URL “%1” contains a user name or password. Remove them from the address; Import Desk signs requests with your AWS credentials instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointpolicy.cpp" line="41" />
        <source>The endpoint URL “%1” contains a query (?…) or fragment (#…). Remove it and keep only the scheme, host, port and path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointpolicy.cpp" line="46" />
        <source>Import Desk sends credentials-signed requests only over HTTPS, except to this computer (localhost, 127.0.0.1, ::1). Change “%1” to use https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointpolicy.cpp" line="99" />
        <source>No CA bundle file is named. Set AWS_CA_BUNDLE or ca_bundle to the path of a PEM file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointpolicy.cpp" line="103" />
        <source>The CA bundle “%1” could not be read (%2). Check the path in AWS_CA_BUNDLE or ca_bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointpolicy.cpp" line="110" />
        <source>The CA bundle “%1” contains no PEM certificate. Use a file with “-----BEGIN CERTIFICATE-----” blocks.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EndpointRuleSet</name>
    <message>
        <location filename="../../app/aws/endpointruleset.cpp" line="341" />
        <source>endpoint rule set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointruleset.cpp" line="344" />
        <source>partitions file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointruleset.cpp" line="350" />
        <source>The endpoint rule set has version “%1”; Import Desk understands version 1.x.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointruleset.cpp" line="360" />
        <source>The endpoint rule set parameter “%1” has the unsupported type “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointruleset.cpp" line="377" />
        <source>The partitions file has an entry without an id, a valid region pattern or outputs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointruleset.cpp" line="385" />
        <source>The partitions file lists no partitions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointruleset.cpp" line="396" />
        <source>The endpoint rules built into Import Desk are missing. Reinstall Import Desk, or set an endpoint URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointruleset.cpp" line="451" />
        <source>The endpoint setting “%1” is required but has no value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointruleset.cpp" line="456" />
        <source>“%1” is not a valid AWS Region name. Use a name such as us-east-1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/endpointruleset.cpp" line="472" />
        <source>The endpoint rules have no answer for these settings. Set an endpoint URL, or check the region.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorParser</name>
    <message>
        <location filename="../../app/aws/errorparser.cpp" line="58" />
        <source>The service answered HTTP %1 without an explanation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/errorparser.cpp" line="70" />
        <source>The address %1 could not be found (DNS lookup failed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/errorparser.cpp" line="74" />
        <source>%1 refused the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/errorparser.cpp" line="79" />
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/errorparser.cpp" line="85" />
        <source>%1 did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/errorparser.cpp" line="91" />
        <source>A secure connection to %1 could not be established: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/errorparser.cpp" line="95" />
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../ui/fieldmessage.cpp" line="66" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../ui/fieldmessage.cpp" line="67" />
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/fieldmessage.cpp" line="68" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/fieldmessage.cpp" line="69" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../ui/fieldmessage.cpp" line="113" />
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location filename="../../ui/fieldmessage.cpp" line="115" />
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <location filename="../../ui/importform.ui" line="14" />
        <source>New import</source>
        <translation>Nouvelle importation</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="45" />
        <source>New import job</source>
        <translation>Nouvelle tâche d'importation</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="57" />
        <source>Job &amp;name:</source>
        <translation>&amp;Nom de la tâche :</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="69" />
        <source>Job name</source>
        <translation>Nom de la tâche</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="72" />
        <source>for example retail-shop-interactions-import-20240601-120000</source>
        <translation>par exemple retail-shop-interactions-import-20240601-120000</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="82" />
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="85" />
        <source>Propose a name made of the dataset and the current time</source>
        <translation>Proposer un nom formé du jeu de données et de l'heure actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="97" />
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données :</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="110" />
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="129" />
        <source>Data &amp;location:</source>
        <translation>&amp;Emplacement des données :</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="139" />
        <source>Data location</source>
        <translation>Emplacement des données</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="142" />
        <source>s3://bucket/folder/data.csv</source>
        <translation>s3://compartiment/dossier/donnees.csv</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="155" />
        <source>IAM &amp;role ARN:</source>
        <translation>ARN du &amp;rôle IAM :</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="168" />
        <source>IAM role ARN</source>
        <translation>ARN du rôle IAM</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="187" />
        <source>Import &amp;mode:</source>
        <translation>&amp;Mode d'importation :</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="197" />
        <source>Import mode</source>
        <translation>Mode d'importation</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="207" />
        <source>Me&amp;trics:</source>
        <translation>Mé&amp;triques :</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="217" />
        <location filename="../../ui/importform.ui" line="220" />
        <source>Publish attribution metrics to Amazon S3</source>
        <translation>Publier les métriques d'attribution dans Amazon S3</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="230" />
        <source>T&amp;ags:</source>
        <translation>B&amp;alises :</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="240" />
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="256" />
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="262" />
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="265" />
        <source>The JSON body of CreateDatasetImportJob, exactly as it will be sent.</source>
        <translation>Le corps JSON de CreateDatasetImportJob, exactement tel qu'il sera envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="280" />
        <source>&amp;Copy as AWS CLI command</source>
        <translation>&amp;Copier comme commande AWS CLI</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="290" />
        <source>Save as --cli-&amp;input-json…</source>
        <translation>Enregistrer comme --cli-&amp;input-json…</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="300" />
        <source>L&amp;oad from file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="353" />
        <source>Sending the import job</source>
        <translation>Envoi de la tâche d'importation</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="366" />
        <source>Create the import job (Ctrl+Return)</source>
        <translation>Créer la tâche d'importation (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/importform.ui" line="369" />
        <source>&amp;Submit import job</source>
        <translation>&amp;Soumettre la tâche</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="51" />
        <source>Replace existing bulk data (FULL)</source>
        <translation>Remplacer les données en masse existantes (FULL)</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="52" />
        <source>Add to existing data (INCREMENTAL)</source>
        <translation>Ajouter aux données existantes (INCREMENTAL)</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="55" />
        <source>Choose a dataset, or paste a dataset ARN</source>
        <translation>Choisissez un jeu de données ou collez son ARN</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="58" />
        <source>arn:aws:iam::111122223333:role/PersonalizeS3Read (optional)</source>
        <translation>arn:aws:iam::111122223333:role/PersonalizeS3Read (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="63" />
        <source>Submit import job</source>
        <translation>Soumettre la tâche d'importation</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="310" />
        <source>Available once the dataset has a finished FULL import</source>
        <translation>Disponible dès que le jeu de données a une importation FULL terminée</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="328" />
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="347" />
        <source>Choose a dataset to see whether INCREMENTAL (add to existing data) is possible.</source>
        <translation>Choisissez un jeu de données pour savoir si INCREMENTAL (ajout aux données existantes) est possible.</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="350" />
        <source>Checking the dataset's earlier imports…</source>
        <translation>Vérification des importations précédentes du jeu de données…</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="352" />
        <source>INCREMENTAL is not available: this dataset has no finished FULL import yet. Run a FULL import first.</source>
        <translation>INCREMENTAL n'est pas disponible : ce jeu de données n'a encore aucune importation FULL terminée. Lancez d'abord une importation FULL.</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="355" />
        <source>INCREMENTAL becomes available once the dataset is known to have a finished FULL import.</source>
        <translation>INCREMENTAL devient disponible dès que le jeu de données est connu pour avoir une importation FULL terminée.</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="361" />
        <source>Choose a dataset to see whether its group has a metric attribution.</source>
        <translation>Choisissez un jeu de données pour savoir si son groupe a une attribution de métriques.</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="363" />
        <source>Checking the dataset group's metric attribution…</source>
        <translation>Vérification de l'attribution de métriques du groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="365" />
        <source>Not available: the dataset group has no metric attribution, so there are no metrics to publish. Create one in the dataset group first.</source>
        <translation>Non disponible : le groupe de jeux de données n'a pas d'attribution de métriques, il n'y a donc rien à publier. Créez-en d'abord une dans le groupe.</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="369" />
        <source>Available when the dataset group is known to have a metric attribution.</source>
        <translation>Disponible lorsque le groupe est connu pour avoir une attribution de métriques.</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="395" />
        <source>1 problem left</source>
        <translation>1 problème restant</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="395" />
        <source>%1 problems left</source>
        <translation>%1 problèmes restants</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="397" />
        <source>, 1 warning</source>
        <translation>, 1 avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="397" />
        <source>, %1 warnings</source>
        <translation>, %1 avertissements</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="400" />
        <source>Ready, but not connected: fix the connection above to submit</source>
        <translation>Prêt, mais non connecté : corrigez la connexion ci-dessus pour soumettre</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="403" />
        <source>Ready to submit, with 1 warning</source>
        <translation>Prêt à soumettre, avec 1 avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="404" />
        <source>Ready to submit, with %1 warnings</source>
        <translation>Prêt à soumettre, avec %1 avertissements</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="407" />
        <source>Ready to submit</source>
        <translation>Prêt à soumettre</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="477" />
        <source>Fix the problems shown in red before submitting.</source>
        <translation>Corrigez les problèmes signalés en rouge avant de soumettre.</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="478" />
        <source>Not connected: fix the connection before submitting.</source>
        <translation>Non connecté : corrigez la connexion avant de soumettre.</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="493" />
        <source>Sending the import job “%1”…</source>
        <translation>Envoi de la tâche d'importation « %1 »…</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="501" />
        <source>Import job “%1” created.
%2</source>
        <translation>Tâche d'importation « %1 » créée.
%2</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="516" />
        <source>The import job was not created: %1</source>
        <translation>La tâche d'importation n'a pas été créée : %1</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="517" />
        <source>The import job was not created: %1: %2</source>
        <translation>La tâche d'importation n'a pas été créée : %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="519" />
        <source>Request ID: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="524" />
        <source>Choose another job name and submit again.</source>
        <translation>Choisissez un autre nom de tâche et soumettez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="526" />
        <source>Check the dataset and the Region.</source>
        <translation>Vérifiez le jeu de données et la Région.</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="528" />
        <source>Correct the value the message names and submit again.</source>
        <translation>Corrigez la valeur indiquée par le message et soumettez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="540" />
        <source>Copied the AWS CLI command to the clipboard.</source>
        <translation>Commande AWS CLI copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="550" />
        <source>Save as --cli-input-json file</source>
        <translation>Enregistrer comme fichier --cli-input-json</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="550" />
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="559" />
        <source>Could not save %1: %2</source>
        <translation>Impossible d'enregistrer %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="562" />
        <source>Saved. Use it with: aws personalize create-dataset-import-job --cli-input-json file://%1</source>
        <translation>Enregistré. Utilisez-le avec : aws personalize create-dataset-import-job --cli-input-json file://%1</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="570" />
        <source>Load a --cli-input-json file</source>
        <translation>Ouvrir un fichier --cli-input-json</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="571" />
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="583" />
        <source>Could not open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="590" />
        <source>%1 is not a usable --cli-input-json file: %2</source>
        <translation>%1 n'est pas un fichier --cli-input-json utilisable : %2</translation>
    </message>
    <message>
        <location filename="../../ui/importform.cpp" line="598" />
        <source>Loaded %1.</source>
        <translation>%1 chargé.</translation>
    </message>
</context>
<context>
    <name>ImportJobValidator</name>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="154" />
        <source>“ ” (space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="157" />
        <source>“%1” (a special space, U+%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="165" />
        <source>an invisible character (U+%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="169" />
        <source>the combining mark U+%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="174" />
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="175" />
        <source>“%1” (U+%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="183" />
        <source>Enter a name for the import job, for example “import-2024-06-01”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="190" />
        <source>A job name can have at most %1 characters; this one has %2. Shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="201" />
        <source>A job name must start with a letter (A–Z, a–z) or a digit. Remove %1 at the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="205" />
        <source>A job name can use only the letters A–Z and a–z (no accents), digits, hyphens and underscores, and must start with a letter or digit. Remove %1 at position %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="219" />
        <source>This dataset already has an import job named “%1”, and job names must be unique within a dataset. Choose another name, such as “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="234" />
        <source>Choose the dataset to import into, or paste its ARN, for example %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="240" />
        <location filename="../../app/personalize/importjobvalidator.cpp" line="492" />
        <source>An ARN has at most %1 characters; this one has %2. Check that exactly one ARN was pasted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="250" />
        <source>This is the ARN of a resource of the “%1” service, not of an Amazon Personalize dataset. A dataset ARN looks like %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="253" />
        <source>This is not an Amazon Personalize ARN. A dataset ARN looks like %1: arn:PARTITION:personalize:REGION:ACCOUNT:dataset/DATASET_GROUP/TYPE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="265" />
        <source>This is the ARN of a dataset group, not of a dataset. Choose one of the group's datasets: its ARN ends in dataset/%1/ and the dataset type, for example dataset/%1/INTERACTIONS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="271" />
        <source>This ARN names “%1”, which is not a dataset. A dataset ARN ends in dataset/DATASET_GROUP/TYPE, for example %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="278" />
        <source>This ARN has no Region (the fourth part, such as us-east-1). Copy the complete dataset ARN from the console or from the dataset list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="284" />
        <source>The account ID in this ARN (the fifth part) must be 12 digits, but it is “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="289" />
        <source>This dataset is in the Region %1, but the selected Region is %2. Select %1, or choose a dataset in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="297" />
        <source>This ARN is in the “%1” partition, but the Region %2 belongs to the “%3” partition. Check the start of the ARN (arn:%3:personalize:…) and the Region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="311" />
        <source>Enter where the data is in Amazon S3: a CSV file such as s3://bucket/folder/data.csv, or a folder ending in / such as s3://bucket/folder/.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="319" />
        <source>An S3 path can have at most %1 characters; this one has %2. Use a shorter path, or point to the folder that holds the files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="331" />
        <source>The S3 path contains %1 at position %2. Remove it: line breaks and tabs cannot be part of the path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="336" />
        <source>Write “%1” in lower case: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="342" />
        <source>Start the S3 path with s3://, for example s3://%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="344" />
        <source>An S3 path looks like s3://bucket/folder/data.csv or s3://bucket/folder/.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="367" />
        <source>The path has no bucket name. Write it as s3://BUCKET/folder/ or s3://BUCKET/folder/data.csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="374" />
        <source>The path names only a bucket. Add the CSV file (s3://%1/data.csv) or a folder ending in / (s3://%1/folder/).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="380" />
        <source>Amazon Personalize imports CSV files, and “%1” is neither a .csv file nor a folder. If it is a folder, end the path with /.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="387" />
        <source>“%1” in the path looks URL-encoded. Type the object key as S3 shows it, for example with a space rather than %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="398" />
        <source>A bucket name can use only lowercase letters, digits, dots and hyphens. Remove %1 at position %2 of the bucket name “%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="405" />
        <source>A bucket name has at least 3 characters, but “%1” has %2. Check the bucket name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="412" />
        <source>Bucket names have at most 63 characters, but “%1” has %2. Check the bucket name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="419" />
        <source>Bucket names are written in lowercase, without underscores; only some very old buckets contain %1. Check the bucket name “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="427" />
        <source>A bucket name starts and ends with a letter or digit. Check “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="431" />
        <source>A bucket name cannot have two dots in a row. Check “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="436" />
        <source>“%1” is an IP address, not a bucket name. Use the bucket's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="441" />
        <source>Bucket names cannot start with “%1”. Check “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="448" />
        <source>Bucket names cannot end in “%1”: that ending marks an access point alias. If “%2” is one, make sure the role may read through it; otherwise check the bucket name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="474" />
        <source>Amazon Personalize reads import data from Amazon S3 paths, not web addresses. Use %1 instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="479" />
        <source>Amazon Personalize reads import data from Amazon S3, not from web addresses. Copy the data to a bucket and enter its s3:// path, such as s3://bucket/folder/data.csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="512" />
        <source>This is the ARN of an IAM user. Enter the ARN of an IAM role that Amazon Personalize can assume, such as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="516" />
        <source>The account ID in a role ARN must be 12 digits, but it is “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="519" />
        <source>A role name can use only letters, digits and + = , . @ _ - /. Remove %1 at position %2 of the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="524" />
        <source>Enter the ARN of an IAM role, such as %1, or leave this empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="535" />
        <source>The role is in the “%1” partition but the dataset is in “%2”. Use a role from the dataset's partition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="541" />
        <source>The role belongs to account %1, but the dataset to account %2. Amazon Personalize normally uses a role of the dataset's own account: check that this is the right role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="552" />
        <source>A job can have at most %1 tags, but this one has %2. Remove %3 of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="560" />
        <source>A resource can hold at most %1 tag keys, and this job has %2 tags. Keep %1 or fewer, or the service may refuse them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="573" />
        <source>Tag keys that start with “%1” are reserved for AWS. Choose a key without that prefix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="582" />
        <source>The key “%1” is already used in row %2. Each key can be used only once: change this key or remove the row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="599" />
        <source>Enter a key for this tag, or clear its value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="607" />
        <source>A tag key can have at most %1 characters, but this one has %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="608" />
        <source>A tag value can have at most %1 characters, but this one has %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="618" />
        <source>a character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="621" />
        <source>A tag key can use only letters, digits, spaces and _ . : / = + - @. Remove %1 at position %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="623" />
        <source>A tag value can use only letters, digits, spaces and _ . : / = + - @. Remove %1 at position %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="634" />
        <source>“%1” is not an import mode. Choose FULL to replace the data imported in bulk before, or INCREMENTAL to add to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="643" />
        <source>An incremental import adds to the data of an earlier bulk import, and this dataset has no finished bulk import yet. Run a FULL import first; use INCREMENTAL for the imports after it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="653" />
        <source>Publishing metrics to Amazon S3 needs a metric attribution in the dataset group, and this group has none. Create a metric attribution first, or turn this option off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/importjobvalidator.cpp" line="663" />
        <source>“%1” is not an AWS Region code. Select a Region such as us-east-1 or eu-west-1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportSubmitter</name>
    <message>
        <location filename="../../app/submission.cpp" line="20" />
        <source>The connection changed while the job was being sent. Check the dataset's jobs before sending it again.</source>
        <translation>La connexion a changé pendant l'envoi de la tâche. Vérifiez les tâches du jeu de données avant de la renvoyer.</translation>
    </message>
    <message>
        <location filename="../../app/submission.cpp" line="43" />
        <source>The service accepted the job but sent no ARN for it.</source>
        <translation>Le service a accepté la tâche mais n'a pas renvoyé son ARN.</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <location filename="../../app/aws/inifile.cpp" line="48" />
        <source>%1: the file cannot be read (%2). Check its permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/inifile.cpp" line="61" />
        <source>(text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/inifile.cpp" line="92" />
        <source>expected "name = value" inside the "%1" block; the line is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/inifile.cpp" line="110" />
        <source>the section header has no closing "]"; the section is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/inifile.cpp" line="116" />
        <source>unexpected text after the section header; the section is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/inifile.cpp" line="122" />
        <source>the section name is empty; the section is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/inifile.cpp" line="145" />
        <source>expected "name = value" or a [section]; the line is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/inifile.cpp" line="150" />
        <source>the property has no name; the line is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/inifile.cpp" line="155" />
        <source>"%1" is outside of any valid [section]; the line is ignored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="41" />
        <source>Import Desk — Sandbox</source>
        <translation>Import Desk — Bac à sable</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="41" />
        <source>Import Desk</source>
        <translation>Import Desk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="92" />
        <source>Datasets found: %1.</source>
        <translation>Jeux de données trouvés : %1.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="96" />
        <source>The datasets could not be listed: %1</source>
        <translation>Impossible de lister les jeux de données : %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="101" />
        <source>The dataset's import history could not be read: %1</source>
        <translation>Impossible de lire l'historique d'importation du jeu de données : %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="119" />
        <source>Sending the import job…</source>
        <translation>Envoi de la tâche d'importation…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="127" />
        <source>The import job was not created: %1</source>
        <translation>La tâche d'importation n'a pas été créée : %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="146" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="150" />
        <source>&amp;Generate a job name</source>
        <translation>&amp;Générer un nom de tâche</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="153" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="157" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="159" />
        <source>&amp;Refresh datasets</source>
        <translation>&amp;Actualiser les jeux de données</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="165" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="166" />
        <source>&amp;About Import Desk</source>
        <translation>À &amp;propos d'Import Desk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="168" />
        <source>About Import Desk</source>
        <translation>À propos d'Import Desk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="169" />
        <source>Import Desk %1
Creates and follows Amazon Personalize dataset import jobs.</source>
        <translation>Import Desk %1
Crée et suit les tâches d'importation de jeux de données Amazon Personalize.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="196" />
        <location filename="../../ui/mainwindow.cpp" line="197" />
        <source>sandbox</source>
        <translation>bac à sable</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="199" />
        <source>Endpoint: %1</source>
        <translation>Point de terminaison : %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="200" />
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="225" />
        <source>Import job “%1” created.</source>
        <translation>Tâche d'importation « %1 » créée.</translation>
    </message>
</context>
<context>
    <name>PersonalizeClient</name>
    <message>
        <location filename="../../app/personalize/personalizeclient.cpp" line="69" />
        <source>The answer to %1 could not be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/personalizeclient.cpp" line="121" />
        <source>The service kept returning more pages; listing was stopped after %1 pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/personalizeclient.cpp" line="164" />
        <source>The answer to CreateDatasetImportJob could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/personalizeclient.cpp" line="228" />
        <source>the answer has no datasetImportJob</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/personalize/personalizeclient.cpp" line="246" />
        <source>the answer has no dataset</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SharedConfig</name>
    <message>
        <location filename="../../app/aws/sharedconfig.cpp" line="93" />
        <source>%1:%2: the section [%3] is not used; in the config file a profile section is written [profile %3].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/sharedconfig.cpp" line="97" />
        <source>%1:%2: the section [%3] is not a profile, sso-session or services section and is not used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/sharedconfig.cpp" line="111" />
        <source>%1:%2: the section [%3] is not used; in the credentials file a profile section is written without the word "profile".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SsoCredentials</name>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="24" />
        <source>Run "aws sso login --profile %1" and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="72" />
        <source>The profile "%1" uses the sso-session "%2", which does not exist in %3. Add an [sso-session %2] section, for example with "aws configure sso".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="83" />
        <source>The value of %1 differs between the profile "%2" and the sso-session "%3". Remove it from the profile or make them equal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="104" />
        <source>The IAM Identity Center settings of profile "%1" lack %2. Complete them in %3, for example with "aws configure sso --profile %1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="126" />
        <source>You are not signed in to IAM Identity Center for profile "%1". %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="139" />
        <source>The IAM Identity Center sign-in cache %1 of profile "%2" cannot be read. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="145" />
        <source>Your IAM Identity Center sign-in for profile "%1" expired at %2. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="182" />
        <source>SSO profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="187" />
        <source>IAM Identity Center sent an answer without usable role credentials for profile "%1". Try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="201" />
        <source>IAM Identity Center credentials for profile "%1" are already being fetched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="213" />
        <source>No network access is available for IAM Identity Center.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="249" />
        <source>IAM Identity Center no longer accepts the sign-in of profile "%1". %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="253" />
        <source>IAM Identity Center at %1 could not be reached (%2). Check the network connection and the profile's sso_region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="260" />
        <source>IAM Identity Center refused role credentials for profile "%1" (HTTP %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/aws/ssocredentials.cpp" line="269" />
        <source>Check the profile's sso_account_id and sso_role_name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubmittedJobsList</name>
    <message>
        <location filename="../../ui/submittedjobslist.cpp" line="14" />
        <source>&amp;Jobs submitted in this session</source>
        <translation>&amp;Tâches soumises pendant cette session</translation>
    </message>
    <message>
        <location filename="../../ui/submittedjobslist.cpp" line="20" />
        <source>Jobs submitted in this session</source>
        <translation>Tâches soumises pendant cette session</translation>
    </message>
    <message>
        <location filename="../../ui/submittedjobslist.cpp" line="25" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/submittedjobslist.cpp" line="25" />
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location filename="../../ui/submittedjobslist.cpp" line="25" />
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../ui/tageditor.cpp" line="43" />
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../ui/tageditor.cpp" line="43" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/tageditor.cpp" line="53" />
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <location filename="../../ui/tageditor.cpp" line="55" />
        <source>Key and value pairs. Insert adds a row, Delete removes the selected rows.</source>
        <translation>Paires clé-valeur. Inser ajoute une ligne, Suppr retire les lignes sélectionnées.</translation>
    </message>
    <message>
        <location filename="../../ui/tageditor.cpp" line="59" />
        <source>Add tag</source>
        <translation>Ajouter une balise</translation>
    </message>
    <message>
        <location filename="../../ui/tageditor.cpp" line="61" />
        <source>Add an empty tag row (Insert)</source>
        <translation>Ajouter une ligne de balise vide (Inser)</translation>
    </message>
    <message>
        <location filename="../../ui/tageditor.cpp" line="63" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/tageditor.cpp" line="64" />
        <source>Remove the selected tag rows (Delete)</source>
        <translation>Retirer les lignes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location filename="../../ui/tageditor.cpp" line="66" />
        <source>Paste key=value lines</source>
        <translation>Coller des lignes clé=valeur</translation>
    </message>
    <message>
        <location filename="../../ui/tageditor.cpp" line="67" />
        <source>Add one tag per line of the clipboard, written as key=value</source>
        <translation>Ajouter une balise par ligne du presse-papiers, écrite clé=valeur</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="60" />
        <source>Create and follow Amazon Personalize dataset import jobs.</source>
        <translation>Créer et suivre les tâches d'importation de jeux de données Amazon Personalize.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="66" />
        <source>Start the local sandbox endpoint in the app and connect to it: no AWS account needed.</source>
        <translation>Démarrer le bac à sable local dans l'application et s'y connecter : aucun compte AWS nécessaire.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="70" />
        <source>How much faster sandbox jobs run (default %1).</source>
        <translation>Facteur d'accélération des tâches du bac à sable (par défaut %1).</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="74" />
        <source>The AWS profile to use.</source>
        <translation>Le profil AWS à utiliser.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="77" />
        <source>The AWS Region to use.</source>
        <translation>La Région AWS à utiliser.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="81" />
        <source>Send requests to this endpoint instead of the standard one.</source>
        <translation>Envoyer les requêtes à ce point de terminaison au lieu du point standard.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="99" />
        <source>--sandbox-time-scale needs a positive number, such as 10.</source>
        <translation>--sandbox-time-scale attend un nombre positif, par exemple 10.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="106" />
        <source>The sandbox could not listen on a local port.</source>
        <translation>Le bac à sable n'a pas pu écouter sur un port local.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="115" />
        <source>sandbox</source>
        <translation>bac à sable</translation>
    </message>
</context>
</TS>
