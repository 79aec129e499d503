<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>@default</name>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="39"/>
        <source>no readable link</source>
        <translation>aucun lien lisible</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="41"/>
        <source>raster layer</source>
        <translation>couche raster</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="42"/>
        <source>vector layer</source>
        <translation>couche vecteur</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="43"/>
        <source>download</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="55"/>
        <source>Assets of {id}</source>
        <translation>Ressources de {id}</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="82"/>
        <source>Add as layers</source>
        <translation>Ajouter comme couches</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="84"/>
        <source>Stream the selected rasters and vectors as layers</source>
        <translation>Lire en flux les rasters et vecteurs sélectionnés comme couches</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="85"/>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="131"/>
        <source>Download assets of {items}</source>
        <translation>Télécharger les ressources de {items}</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="131"/>
        <source>{n} item</source>
        <translation>{n} item</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="131"/>
        <source>{n} items</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="146"/>
        <source>{key} — {title} ({count} of {total})</source>
        <translation>{key} — {title} ({count} sur {total})</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="154"/>
        <source>Add the downloaded files as layers</source>
        <translation>Ajouter les fichiers téléchargés comme couches</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="160"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="166"/>
        <source>Assets</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="168"/>
        <source>Into folder (one sub-folder per item, with its JSON)</source>
        <translation>Dans le dossier (un sous-dossier par item, avec son JSON)</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="153"/>
        <source>100 % clear ({what})</source>
        <translation>100 % de ciel dégagé ({what})</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="210"/>
        <source>no figure</source>
        <translation>pas de valeur</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="208"/>
        <source>{day}: no acquisition</source>
        <translation>{day} : aucune acquisition</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="209"/>
        <source>{n} acquisition</source>
        <translation>{n} acquisition</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="209"/>
        <source>{n} acquisitions</source>
        <translation>{n} acquisitions</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="210"/>
        <source>{clear} % clear ({what})</source>
        <translation>{clear} % de ciel dégagé ({what})</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="103"/>
        <source>Clear sky over fields</source>
        <translation>Ciel dégagé sur les parcelles</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="81"/>
        <source>The attribute naming each field in the clear-sky table (else its feature id)</source>
        <translation>L'attribut qui nomme chaque parcelle dans la table de ciel dégagé (sinon l'identifiant de son entité)</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="87"/>
        <source>Count clear sky</source>
        <translation>Compter le ciel dégagé</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="88"/>
        <source>Field id</source>
        <translation>Identifiant de parcelle</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="91"/>
        <source>Hide footprints whose fields are less clear</source>
        <translation>Masquer les emprises dont les parcelles sont moins dégagées</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="95"/>
        <source> % clear</source>
        <translation> % dégagé</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="97"/>
        <source>Which fields must be that clear</source>
        <translation>Quelles parcelles doivent être aussi dégagées</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="98"/>
        <source>over every field</source>
        <translation>sur chaque parcelle</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="99"/>
        <source>over any field</source>
        <translation>sur au moins une parcelle</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="100"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="105"/>
        <source>Map on fields</source>
        <translation>Cartographier sur les parcelles</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="105"/>
        <source>Add the clear-sky table as a layer of the fields, coloured by clear %, one date at a time with the Temporal Controller</source>
        <translation>Ajouter la table de ciel dégagé comme couche des parcelles, colorée selon le % de ciel dégagé, une date à la fois avec le Contrôleur temporel</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="187"/>
        <source>Counting clear sky… {percent} %</source>
        <translation>Comptage du ciel dégagé… {percent} %</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="212"/>
        <source>Clear sky not counted: cancelled.</source>
        <translation>Ciel dégagé non compté : annulé.</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="215"/>
        <source>Clear sky not shown: the footprint layer was removed.</source>
        <translation>Ciel dégagé non affiché : la couche d'emprises a été supprimée.</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="227"/>
        <source>Clear sky counted (see the table), but not written to the footprints: {error}</source>
        <translation>Ciel dégagé compté (voir la table), mais non écrit dans les emprises : {error}</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="237"/>
        <source>field {id}: no footprint covers it</source>
        <translation>parcelle {id} : aucune emprise ne la couvre</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="240"/>
        <source>Clear sky counted; {count} fields left out: {problems}</source>
        <translation>Ciel dégagé compté ; {count} parcelles écartées : {problems}</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="255"/>
        <source>Clear sky mapped on the fields: turn on the Temporal Controller to see one date at a time.</source>
        <translation>Ciel dégagé cartographié sur les parcelles : activez le Contrôleur temporel pour voir une date à la fois.</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="290"/>
        <source>{shown} footprints shown.</source>
        <translation>{shown} emprises affichées.</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="295"/>
        <source>every one of {fields} fields</source>
        <translation>chacune des {fields} parcelles</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="295"/>
        <source>any of {fields} fields</source>
        <translation>l'une des {fields} parcelles</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="306"/>
        <source>{passing} of {total} items ≥ {threshold} % clear over {over}</source>
        <translation>{passing} items sur {total} ≥ {threshold} % de ciel dégagé sur {over}</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="310"/>
        <source>; {shown} shown from {first} to {last}</source>
        <translation>; {shown} affichés du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="320"/>
        <source>the tiles</source>
        <translation>les tuiles</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="324"/>
        <source>the fields</source>
        <translation>les parcelles</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="337"/>
        <source>Count, in each footprint&apos;s cloud mask, the clear pixels over each field of the search area</source>
        <translation>Compter, dans le masque de nuages de chaque emprise, les pixels dégagés sur chaque parcelle de la zone de recherche</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="337"/>
        <source>Choose fields as the search area first (Area: features of a layer)</source>
        <translation>Choisissez d'abord des parcelles comme zone de recherche (Zone : entités d'une couche)</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="90"/>
        <source>Connection settings</source>
        <translation>Paramètres de connexion</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="103"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../stac/paging.py" line="178"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="109"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="111"/>
        <source>Copy this search as pystac-client Python code (credentials left out)</source>
        <translation>Copier cette recherche en code Python pystac-client (sans les identifiants)</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="113"/>
        <source>Load imagery with cloud mask</source>
        <translation>Charger les images avec le masque de nuages</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="133"/>
        <source>Add the true-colour image of each selected footprint with its cloud mask above it</source>
        <translation>Ajouter l'image en couleurs naturelles de chaque emprise sélectionnée, son masque de nuages au-dessus</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="114"/>
        <source>Load cloud masks</source>
        <translation>Charger les masques de nuages</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="138"/>
        <source>Add the cloud masks of the selected footprints (or all) as raster layers</source>
        <translation>Ajouter les masques de nuages des emprises sélectionnées (ou de toutes) comme couches raster</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="143"/>
        <source>Show or hide every cloud mask, to compare</source>
        <translation>Afficher ou masquer tous les masques de nuages, pour comparer</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="149"/>
        <source>Download assets of the selected footprints…</source>
        <translation>Télécharger les ressources des emprises sélectionnées…</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="233"/>
        <source>Not connected: {error}</source>
        <translation>Non connecté : {error}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="215"/>
        <source>{url}: not signed in — set a client id and secret in the settings (⚙).</source>
        <translation>{url} : non authentifié — indiquez un identifiant client et un secret dans les paramètres (⚙).</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="222"/>
        <source>{url}: connecting…</source>
        <translation>{url} : connexion…</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="236"/>
        <source>Signed in to {url} ({source})</source>
        <translation>Connecté à {url} ({source})</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="274"/>
        <source>Search copied as Python code.</source>
        <translation>Recherche copiée en code Python.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="294"/>
        <source>No items. The catalog does not list {names} among the properties it can filter on, and answers such queries with nothing rather than an error: check the spelling.</source>
        <translation>Aucun item. Le catalogue ne compte pas {names} parmi les propriétés sur lesquelles il peut filtrer, et répond à ces requêtes par un résultat vide plutôt que par une erreur : vérifiez l'orthographe.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="319"/>
        <source>{shown} of {total} footprints shown: the clear-sky filter or the calendar hides the others</source>
        <translation>{shown} emprises affichées sur {total} : le filtre de ciel dégagé ou le calendrier masque les autres</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="337"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="338"/>
        <source>Search saved as &apos;{name}&apos; in {where}.</source>
        <translation>Recherche enregistrée sous « {name} » dans {where}.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="348"/>
        <source>The saved search &apos;{name}&apos; cannot be read: {error}</source>
        <translation>La recherche enregistrée « {name} » ne peut pas être lue : {error}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="356"/>
        <source>Saved search &apos;{name}&apos;: {problem}</source>
        <translation>Recherche enregistrée « {name} » : {problem}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="381"/>
        <source>Select footprints first: imagery loads for the selected ones.</source>
        <translation>Sélectionnez d'abord des emprises : les images se chargent pour celles sélectionnées.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="388"/>
        <source>Load the imagery of {count} footprints? Each adds two layers.</source>
        <translation>Charger les images de {count} emprises ? Chacune ajoute deux couches.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="405"/>
        <source>Search first: masks load for the footprints found.</source>
        <translation>Lancez d'abord une recherche : les masques se chargent pour les emprises trouvées.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="416"/>
        <source>Load the cloud masks of all {count} footprints? Each mask is a raster layer. Select footprints to load fewer.</source>
        <translation>Charger les masques de nuages des {count} emprises ? Chaque masque est une couche raster. Sélectionnez des emprises pour en charger moins.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="438"/>
        <source>Select footprints to download from.</source>
        <translation>Sélectionnez les emprises dont télécharger les ressources.</translation>
    </message>
    <message>
        <location filename="../gui/footprint_keeper.py" line="73"/>
        <source>Only a project saved as a file keeps its search footprints beside it: this one will not find them once QGIS closes.</source>
        <translation>Seul un projet enregistré dans un fichier garde ses emprises de recherche à côté de lui : celui-ci ne les retrouvera plus une fois QGIS fermé.</translation>
    </message>
    <message>
        <location filename="../gui/footprint_keeper.py" line="97"/>
        <source>The footprints in {path} could not be saved beside the project: {error}</source>
        <translation>Les emprises de {path} n'ont pas pu être enregistrées à côté du projet : {error}</translation>
    </message>
    <message>
        <location filename="../gui/footprint_keeper.py" line="114"/>
        <source>{error}. The project will not find these footprints once QGIS closes.</source>
        <translation>{error}. Le projet ne retrouvera plus ces emprises une fois QGIS fermé.</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="100"/>
        <source>{count} cloud mask layers added</source>
        <translation>{count} couches de masques de nuages ajoutées</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="100"/>
        <source>{count} without</source>
        <translation>{count} sans masque</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{images} and {masks} added</source>
        <translation>{images} et {masks} ajoutés</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{n} image</source>
        <translation>{n} image</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{n} images</source>
        <translation>{n} images</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{n} cloud mask</source>
        <translation>{n} masque de nuages</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{n} cloud masks</source>
        <translation>{n} masques de nuages</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="172"/>
        <source>{layers} added</source>
        <translation>{layers} ajoutée(s)</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="172"/>
        <source>{n} asset layer</source>
        <translation>{n} couche de ressource</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="172"/>
        <source>{n} asset layers</source>
        <translation>{n} couches de ressources</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="216"/>
        <source>{files} downloaded ({size})</source>
        <translation>{files} téléchargé(s) ({size})</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="216"/>
        <source>{n} file</source>
        <translation>{n} fichier</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="216"/>
        <source>{n} files</source>
        <translation>{n} fichiers</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="221"/>
        <source>, {count} already there</source>
        <translation>, {count} déjà présents</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="223"/>
        <source>; {count} without a checksum to check them by</source>
        <translation>; {count} sans somme de contrôle pour les vérifier</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="227"/>
        <source>Download cancelled: {summary}; run it again to resume</source>
        <translation>Téléchargement annulé : {summary} ; relancez-le pour reprendre</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="244"/>
        <source>{n} problem</source>
        <translation>{n} problème</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="244"/>
        <source>{n} problems</source>
        <translation>{n} problèmes</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="245"/>
        <source>; {problems} (see the log)</source>
        <translation>; {problems} (voir le journal)</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="123"/>
        <source>Asset layers keep their links: {why}</source>
        <translation>Les couches de ressources gardent leurs liens : {why}</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="144"/>
        <source>not signed in.</source>
        <translation>non authentifié.</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="169"/>
        <source>Could not renew asset links: {error}</source>
        <translation>Impossible de renouveler les liens des ressources : {error}</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="194"/>
        <source>{layer}: links not renewed: {error}</source>
        <translation>{layer} : liens non renouvelés : {error}</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="217"/>
        <source>{layer}: not reopened: {error}</source>
        <translation>{layer} : non rouverte : {error}</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="224"/>
        <source>{layer}: the catalog no longer has {asset} of {item}.</source>
        <translation>{layer} : le catalogue n'a plus la ressource {asset} de {item}.</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Cloud %</source>
        <translation>Nuages %</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Clear % (fields)</source>
        <translation>Dégagé % (parcelles)</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="44"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="44"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="112"/>
        <source>Zoom to item</source>
        <translation>Zoomer sur l'item</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="119"/>
        <source>Assets of this item…</source>
        <translation>Ressources de cet item…</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="122"/>
        <source>Download assets…</source>
        <translation>Télécharger des ressources…</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="46"/>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="48"/>
        <source>What to call it in the list</source>
        <translation>Son nom dans la liste</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="203"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="52"/>
        <source>In this project</source>
        <translation>Dans ce projet</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="52"/>
        <source>Kept in the project file: for everyone who opens it</source>
        <translation>Gardée dans le fichier du projet : pour tous ceux qui l'ouvrent</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="58"/>
        <source>In my profile</source>
        <translation>Dans mon profil</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="58"/>
        <source>Kept in your QGIS profile: in every project</source>
        <translation>Gardée dans votre profil QGIS : dans tous les projets</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="101"/>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="106"/>
        <source>Click a search to put its filters and area back</source>
        <translation>Cliquez sur une recherche pour rétablir ses filtres et sa zone</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="114"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="114"/>
        <source>Name the search as it is now</source>
        <translation>Nommer la recherche telle quelle</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="117"/>
        <source>Run since last run</source>
        <translation>Relancer depuis la dernière fois</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="117"/>
        <source>Search again from the time this search last ran (as saved, the first time)</source>
        <translation>Rechercher à nouveau depuis la dernière exécution de cette recherche (telle qu'enregistrée, la première fois)</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="122"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="123"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="153"/>
        <source>not run from this list yet</source>
        <translation>pas encore lancée depuis cette liste</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="155"/>
        <source>last run {time} UTC</source>
        <translation>dernière exécution {time} UTC</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="156"/>
        <source>Over {area}; {last}</source>
        <translation>Sur {area} ; {last}</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="195"/>
        <source>Replace the saved search &apos;{name}&apos;?</source>
        <translation>Remplacer la recherche enregistrée « {name} » ?</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="203"/>
        <source>Rename saved search</source>
        <translation>Renommer la recherche enregistrée</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="211"/>
        <source>{where} has a search &apos;{name}&apos; already.</source>
        <translation>{where} contient déjà une recherche « {name} ».</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="225"/>
        <source>Delete the saved search &apos;{name}&apos; from {where}?</source>
        <translation>Supprimer la recherche enregistrée « {name} » de {where} ?</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="19"/>
        <source>this project</source>
        <translation>ce projet</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="19"/>
        <source>your profile</source>
        <translation>votre profil</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="41"/>
        <source>Map canvas extent</source>
        <translation>Emprise du canevas de carte</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="41"/>
        <source>Selected features of a layer</source>
        <translation>Entités sélectionnées d'une couche</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="41"/>
        <source>All features of a layer</source>
        <translation>Toutes les entités d'une couche</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="90"/>
        <source>Search the map canvas extent, or over fields</source>
        <translation>Rechercher sur l'emprise du canevas de carte, ou sur des parcelles</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="96"/>
        <source>The polygon layer whose features are the fields</source>
        <translation>La couche de polygones dont les entités sont les parcelles</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="103"/>
        <source>The search area</source>
        <translation>La zone de recherche</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="105"/>
        <source>Show the search area on the map</source>
        <translation>Afficher la zone de recherche sur la carte</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="185"/>
        <source>Its extent cannot be shown in the map&apos;s coordinate reference system.</source>
        <translation>Son emprise ne peut pas être affichée dans le système de coordonnées de référence de la carte.</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="198"/>
        <source>Its fields layer, {layer}, is no longer in this project: its filters are back; choose the fields again.</source>
        <translation>Sa couche de parcelles, {layer}, n'est plus dans ce projet : ses filtres sont rétablis ; choisissez à nouveau les parcelles.</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="59"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="88"/>
        <source>Collections to search (tick one or more)</source>
        <translation>Collections à rechercher (cochez-en une ou plusieurs)</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="92"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="96"/>
        <source>From (UTC); clear it to leave open</source>
        <translation>Du (UTC) ; videz-le pour laisser ouvert</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="97"/>
        <source>Until (UTC); clear it to leave open</source>
        <translation>Au (UTC) ; videz-le pour laisser ouvert</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="98"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="99"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="100"/>
        <source>Maximum cloud cover; 100 % searches without it</source>
        <translation>Couverture nuageuse maximale ; 100 % recherche sans ce critère</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="106"/>
        <source>Max cloud cover</source>
        <translation>Couv. nuageuse max.</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="107"/>
        <source>Only items with a cloud mask</source>
        <translation>Seulement les items avec un masque de nuages</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="107"/>
        <source>Adds eda:ag_cloud_mask_available = true to the query</source>
        <translation>Ajoute eda:ag_cloud_mask_available = true à la requête</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="132"/>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="136"/>
        <source>Query extension, JSON: {&quot;eda:status&quot;: {&quot;eq&quot;: &quot;PUBLISHED&quot;}}</source>
        <translation>Extension query, en JSON : {&quot;eda:status&quot;: {&quot;eq&quot;: &quot;PUBLISHED&quot;}}</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="143"/>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="144"/>
        <source>Sort by this property</source>
        <translation>Trier selon cette propriété</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="145"/>
        <source>Descending</source>
        <translation>Décroissant</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="152"/>
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="153"/>
        <source>Items per request (the API&apos;s limit)</source>
        <translation>Items par requête (le limit de l'API)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="146"/>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="159"/>
        <source>Stop after this many items; 0 = all matches</source>
        <translation>S'arrêter après ce nombre d'items ; 0 = tous les résultats</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="163"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="165"/>
        <source>Max items</source>
        <translation>Items max.</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="166"/>
        <source>Item ids, one per line or comma-separated</source>
        <translation>Identifiants d'items, un par ligne ou séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="156"/>
        <source>Item ids</source>
        <translation>Identifiants d'items</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="113"/>
        <source>Not searched: {error}</source>
        <translation>Pas de recherche : {error}</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="128"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="197"/>
        <source> of {matched} matched</source>
        <translation> sur {matched} trouvés</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="200"/>
        <source>{count} shown{matched}</source>
        <translation>{count} affichés{matched}</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="204"/>
        <source>Cancelled: {count} kept{matched}</source>
        <translation>Annulé : {count} gardés{matched}</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="206"/>
        <source>Failed after {count} items: {error}</source>
        <translation>Échec après {count} items : {error}</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="210"/>
        <source>No items match these filters in this area.</source>
        <translation>Aucun item ne correspond à ces filtres dans cette zone.</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="33"/>
        <source>stored — leave empty to keep it</source>
        <translation>enregistré — laissez vide pour le garder</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="44"/>
        <source>EarthPlatform settings</source>
        <translation>Paramètres EarthPlatform</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="64"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="70"/>
        <source>STAC API URL</source>
        <translation>URL de l'API STAC</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="71"/>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="72"/>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="73"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="78"/>
        <source>How many search requests may be sent at once: a long period is searched in parts at the same time. 1 asks for one page after another.</source>
        <translation>Combien de requêtes de recherche peuvent partir à la fois : une longue période est recherchée en plusieurs parties en même temps. 1 demande une page après l'autre.</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="87"/>
        <source>(1: one page at a time)</source>
        <translation>(1 : une page à la fois)</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="89"/>
        <source>Requests at once</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="92"/>
        <source>none: the catalog&apos;s own server only</source>
        <translation>aucun : seulement le serveur du catalogue</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="93"/>
        <source>Other servers the catalog&apos;s links may lead to (e.g. https://data.example.com), separated by spaces. They are asked without your access token. A link to any other server stops the search with a message.</source>
        <translation>Autres serveurs vers lesquels les liens du catalogue peuvent mener (p. ex. https://data.example.com), séparés par des espaces. Ils sont interrogés sans votre jeton d'accès. Un lien vers tout autre serveur arrête la recherche avec un message.</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="100"/>
        <source>Trusted servers</source>
        <translation>Serveurs de confiance</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="129"/>
        <source>Trusted servers: {servers} is no http(s) URL (write e.g. https://data.example.com).</source>
        <translation>Serveurs de confiance : {servers} n'est pas une URL http(s) (écrivez p. ex. https://data.example.com).</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="151"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="59"/>
        <source>Search EarthDaily&apos;s EarthPlatform catalog</source>
        <translation>Rechercher dans le catalogue EarthPlatform d'EarthDaily</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="130"/>
        <source>{label} is not a valid date and time.</source>
        <translation>{label} n'est pas une date et heure valide.</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="172"/>
        <source>No EarthPlatform connection is configured: sign in from the EarthPlatform dock&apos;s settings, or set the EDS_CLIENT_ID and EDS_SECRET environment variables (or a ~/.earthdaily/credentials file).</source>
        <translation>Aucune connexion EarthPlatform n'est configurée : connectez-vous depuis les paramètres du panneau EarthPlatform, ou définissez les variables d'environnement EDS_CLIENT_ID et EDS_SECRET (ou un fichier ~/.earthdaily/credentials).</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="192"/>
        <source>the whole world</source>
        <translation>le monde entier</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="193"/>
        <source>{count} item ids</source>
        <translation>{count} identifiants d'items</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="194"/>
        <source>Searching {what} from {start} to {end} over {area}</source>
        <translation>Recherche de {what} du {start} au {end} sur {area}</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="202"/>
        <source>The search cannot be sent: {error}</source>
        <translation>La recherche ne peut pas être envoyée : {error}</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="219"/>
        <source>The EarthPlatform search failed: {error}</source>
        <translation>La recherche EarthPlatform a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="279"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="232"/>
        <source>… and {count} more like these</source>
        <translation>… et {count} autres du même genre</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="61"/>
        <source>&lt;p&gt;Downloads assets of EarthPlatform items into a folder, as the EarthPlatform dock
does: &lt;code&gt;&amp;lt;folder&amp;gt;/&amp;lt;item id&amp;gt;/&amp;lt;asset&amp;gt;.&amp;lt;extension&amp;gt;&lt;/code&gt;, each item&apos;s
JSON beside its files, and a &lt;code&gt;catalog.json&lt;/code&gt; that makes the folder a STAC catalog.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Footprints&lt;/b&gt;: a footprint layer made by the dock or by &lt;i&gt;Search items&lt;/i&gt; (its
item_json column); with &lt;i&gt;Selected features only&lt;/i&gt;, only those. Or &lt;b&gt;item ids&lt;/b&gt;,
separated by commas, spaces or new lines, looked up in the catalog.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Assets&lt;/b&gt;: asset keys, separated by commas, e.g. &lt;code&gt;red, green, blue&lt;/code&gt; or
&lt;code&gt;scl&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;A file already complete in the folder is kept; one broken off is resumed from where it
stopped; the bytes are checked against the item&apos;s file:checksum and file:size where it has
them; an expired link is signed anew by the catalog. One file failing does not stop the
others. Cancelling keeps what is complete.&lt;/p&gt;
&lt;p&gt;The report: one row per item and asset: status (downloaded, already there, failed,
missing), path, bytes, checksum (verified, or not checked), note (why it failed or is
missing).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Télécharge des ressources d'items EarthPlatform dans un dossier, comme le fait le panneau EarthPlatform :
&lt;code&gt;&amp;lt;dossier&amp;gt;/&amp;lt;id de l'item&amp;gt;/&amp;lt;ressource&amp;gt;.&amp;lt;extension&amp;gt;&lt;/code&gt;, le JSON de chaque item
à côté de ses fichiers, et un &lt;code&gt;catalog.json&lt;/code&gt; qui fait du dossier un catalogue STAC.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Emprises&lt;/b&gt; : une couche d'emprises créée par le panneau ou par &lt;i&gt;Rechercher des items&lt;/i&gt; (sa
colonne item_json) ; avec &lt;i&gt;Entités sélectionnées uniquement&lt;/i&gt;, seulement celles-ci. Ou des &lt;b&gt;identifiants d'items&lt;/b&gt;,
séparés par des virgules, des espaces ou des retours à la ligne, cherchés dans le catalogue.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Ressources&lt;/b&gt; : clés de ressources, séparées par des virgules, p. ex. &lt;code&gt;red, green, blue&lt;/code&gt; ou
&lt;code&gt;scl&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;Un fichier déjà complet dans le dossier est gardé ; un fichier interrompu reprend là où il
s'est arrêté ; les octets sont vérifiés avec le file:checksum et le file:size de l'item quand il les
a ; un lien expiré est signé à nouveau par le catalogue. L'échec d'un fichier n'arrête pas les
autres. L'annulation garde ce qui est complet.&lt;/p&gt;
&lt;p&gt;Le rapport : une ligne par item et ressource : status (downloaded, already there, failed,
missing), path, bytes, checksum (verified, ou not checked), note (pourquoi l'échec ou
l'absence).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="84"/>
        <source>Download assets</source>
        <translation>Télécharger des ressources</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="159"/>
        <source>Footprints</source>
        <translation>Emprises</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="93"/>
        <source>Or item ids</source>
        <translation>Ou des identifiants d'items</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="96"/>
        <source>Assets (keys, comma-separated)</source>
        <translation>Ressources (clés, séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="99"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="100"/>
        <source>Download report</source>
        <translation>Rapport de téléchargement</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="106"/>
        <source>Choose a footprint layer, or enter item ids, to say which items to download.</source>
        <translation>Choisissez une couche d'emprises, ou saisissez des identifiants d'items, pour indiquer quels items télécharger.</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="131"/>
        <source>Downloading {files} files of {items} items to {folder}</source>
        <translation>Téléchargement de {files} fichiers de {items} items dans {folder}</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="145"/>
        <source>Cancelled: the files complete so far are kept.</source>
        <translation>Annulé : les fichiers complets à ce stade sont gardés.</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="147"/>
        <source>Cancelled before any download: the report is left empty.</source>
        <translation>Annulé avant tout téléchargement : le rapport reste vide.</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="164"/>
        <source>{written} files downloaded ({bytes} bytes), {present} already there, {failed} failed, {missing} missing</source>
        <translation>{written} fichiers téléchargés ({bytes} octets), {present} déjà présents, {failed} en échec, {missing} manquants</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="181"/>
        <source>Enter at least one asset key under Assets, e.g. red, green, blue.</source>
        <translation>Saisissez au moins une clé de ressource sous Ressources, p. ex. red, green, blue.</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="204"/>
        <source>{id}: not in the catalog</source>
        <translation>{id} : absent du catalogue</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="217"/>
        <source>&apos;{layer}&apos; is not a footprint layer: it has no {column} column (make one with the EarthPlatform dock or Search items).</source>
        <translation>« {layer} » n'est pas une couche d'emprises : elle n'a pas de colonne {column} (créez-en une avec le panneau EarthPlatform ou Rechercher des items).</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="231"/>
        <source>{count} footprints have no readable {column}: left out</source>
        <translation>{count} emprises sans {column} lisible : écartées</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="65"/>
        <source>&lt;p&gt;How much clear sky each field had in every image of a period: one row per field
and EarthPlatform item whose footprint touches it, counted pixel by pixel from the item&apos;s cloud
mask (the agriculture cloud mask where the item has one, else the EDA cloud mask, else
Sentinel-2&apos;s scene classification).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Fields&lt;/b&gt;: a polygon layer; with &lt;i&gt;Selected features only&lt;/i&gt;, only those. Invalid
polygons are repaired (the row&apos;s note says so); features without an area are left out, with a
warning. &lt;b&gt;Field id attribute&lt;/b&gt; names the fields in the table (the feature id when empty).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Collections&lt;/b&gt;: collection ids, separated by commas. &lt;b&gt;Start&lt;/b&gt; and &lt;b&gt;End&lt;/b&gt; bound
the acquisition time, in UTC; a date alone means 00:00 UTC that day. &lt;b&gt;Maximum tile cloud
cover&lt;/b&gt; skips items whose whole-tile cloud cover (eo:cloud_cover) is higher, before anything
is counted; 100 keeps every item. &lt;b&gt;Minimum clear sky&lt;/b&gt; leaves out the rows of fields that
had less clear sky than that, in percent of their valid pixels; rows without a figure (no
readable mask, the field outside the mask) are kept only when it is 0.&lt;/p&gt;
&lt;p&gt;Columns: field_id, item_id, collection, datetime (UTC), mask (agriculture, eda or scl),
clear_pct, cloud_pct, shadow_pct, other_pct (percent of valid_px), valid_px (the field&apos;s
pixels with a mask value), field_px (the field&apos;s pixels), note (what is odd about the row).&lt;/p&gt;
&lt;p&gt;An item whose cloud mask cannot be read (missing, refused, damaged) does not stop the count:
its rows have no figures, their note says why, and the log names the item.&lt;/p&gt;
&lt;p&gt;Signs in as the EarthPlatform dock does: the credentials saved in its settings (QGIS
Authentication Manager), else the EDS_CLIENT_ID and EDS_SECRET environment variables, else
~/.earthdaily/credentials.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Combien de ciel dégagé chaque parcelle a eu sur chaque image d'une période : une ligne par parcelle
et item EarthPlatform dont l'emprise la touche, comptée pixel par pixel dans le masque de nuages
de l'item (le masque de nuages agriculture si l'item en a un, sinon le masque de nuages EDA, sinon
la classification de scène de Sentinel-2).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Parcelles&lt;/b&gt; : une couche de polygones ; avec &lt;i&gt;Entités sélectionnées uniquement&lt;/i&gt;, seulement celles-ci. Les
polygones invalides sont réparés (la note de la ligne le dit) ; les entités sans surface sont écartées, avec un
avertissement. &lt;b&gt;Attribut identifiant de parcelle&lt;/b&gt; nomme les parcelles dans la table (l'identifiant d'entité s'il est vide).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Collections&lt;/b&gt; : identifiants de collections, séparés par des virgules. &lt;b&gt;Début&lt;/b&gt; et &lt;b&gt;Fin&lt;/b&gt; bornent
la date d'acquisition, en UTC ; une date seule signifie 00:00 UTC ce jour-là. &lt;b&gt;Couverture nuageuse
maximale de la tuile&lt;/b&gt; écarte les items dont la couverture nuageuse de toute la tuile (eo:cloud_cover) est plus élevée, avant tout
comptage ; 100 garde tous les items. &lt;b&gt;Ciel dégagé minimal&lt;/b&gt; écarte les lignes des parcelles qui
ont eu moins de ciel dégagé que cela, en pourcentage de leurs pixels valides ; les lignes sans valeur (pas de
masque lisible, parcelle hors du masque) ne sont gardées que s'il vaut 0.&lt;/p&gt;
&lt;p&gt;Colonnes : field_id, item_id, collection, datetime (UTC), mask (agriculture, eda ou scl),
clear_pct (ciel dégagé), cloud_pct (nuage), shadow_pct (ombre de nuage), other_pct (autre), en pourcentage de valid_px, valid_px (les
pixels de la parcelle ayant une valeur de masque), field_px (les pixels de la parcelle), note (ce que la ligne a d'inhabituel).&lt;/p&gt;
&lt;p&gt;Un item dont le masque de nuages ne peut pas être lu (absent, refusé, endommagé) n'arrête pas le comptage :
ses lignes n'ont pas de valeurs, leur note dit pourquoi, et le journal nomme l'item.&lt;/p&gt;
&lt;p&gt;Se connecte comme le panneau EarthPlatform : les identifiants enregistrés dans ses paramètres (Gestionnaire
d'authentification de QGIS), sinon les variables d'environnement EDS_CLIENT_ID et EDS_SECRET, sinon
~/.earthdaily/credentials.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="109"/>
        <source>Fields</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="112"/>
        <source>Field id attribute</source>
        <translation>Attribut identifiant de parcelle</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="108"/>
        <source>Collections (ids, comma-separated)</source>
        <translation>Collections (identifiants, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="116"/>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="119"/>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="127"/>
        <source>Maximum tile cloud cover (%)</source>
        <translation>Couverture nuageuse maximale de la tuile (%)</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="127"/>
        <source>Minimum clear sky over the field (%)</source>
        <translation>Ciel dégagé minimal sur la parcelle (%)</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="136"/>
        <source>Clear sky table</source>
        <translation>Table de ciel dégagé</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="165"/>
        <source>Cancelled: the table is left empty.</source>
        <translation>Annulé : la table reste vide.</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="172"/>
        <source>Field {id}: no item found covers it</source>
        <translation>Parcelle {id} : aucun item trouvé ne la couvre</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="188"/>
        <source>Enter at least one collection id under Collections, e.g. {example}.</source>
        <translation>Saisissez au moins un identifiant de collection sous Collections, p. ex. {example}.</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="221"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="221"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="215"/>
        <source>{count} items found; counting clear sky under their cloud masks</source>
        <translation>{count} items trouvés ; comptage du ciel dégagé sous leurs masques de nuages</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="247"/>
        <source>Counting clear sky failed: {error}</source>
        <translation>Le comptage du ciel dégagé a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="307"/>
        <source> and {count} more</source>
        <translation> et {count} autres</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="308"/>
        <source>field</source>
        <translation>parcelle</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="308"/>
        <source>fields</source>
        <translation>parcelles</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="321"/>
        <source>{rows} rows for {fields} fields over {items} items</source>
        <translation>{rows} lignes pour {fields} parcelles sur {items} items</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="326"/>
        <source> ({count} rows below {threshold}% clear sky left out)</source>
        <translation> ({count} lignes sous {threshold} % de ciel dégagé écartées)</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="43"/>
        <source>&apos;{layer}&apos; is not a polygon layer: fields must be polygons.</source>
        <translation>« {layer} » n'est pas une couche de polygones : les parcelles doivent être des polygones.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="47"/>
        <source>&apos;{layer}&apos; has no coordinate reference system: set one in its Layer Properties.</source>
        <translation>« {layer} » n'a pas de système de coordonnées de référence : définissez-en un dans ses Propriétés de la couche.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="56"/>
        <source>&apos;{layer}&apos; has no attribute &apos;{attribute}&apos;.</source>
        <translation>« {layer} » n'a pas d'attribut « {attribute} ».</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="65"/>
        <source>Left out {reason}</source>
        <translation>Écarté : {reason}</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="75"/>
        <source>No features of &apos;{name}&apos; are selected.</source>
        <translation>Aucune entité de « {name} » n'est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="75"/>
        <source>&apos;{name}&apos; has no features.</source>
        <translation>« {name} » n'a aucune entité.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="81"/>
        <source>No feature of &apos;{name}&apos; has a usable polygon: {reasons}.</source>
        <translation>Aucune entité de « {name} » n'a de polygone utilisable : {reasons}.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="90"/>
        <source>{count} field ids belong to more than one feature ({ids}): choose a Field id attribute that is unique.</source>
        <translation>{count} identifiants de parcelle appartiennent à plusieurs entités ({ids}) : choisissez un attribut identifiant de parcelle unique.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="107"/>
        <source>The fields cannot be searched over: {error}.</source>
        <translation>Impossible de rechercher sur les parcelles : {error}.</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="30"/>
        <source>{title}: EarthDaily&apos;s STAC catalog</source>
        <translation>{title} : le catalogue STAC d'EarthDaily</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="68"/>
        <source>&lt;p&gt;Searches EarthPlatform's catalog as the EarthPlatform dock does and writes one
footprint per item, with the dock's columns (id, collection, datetime as UTC text, eo:cloud_cover,
platform, the cloud-mask flag and ids, thumbnail, self link, and the item's JSON) and, once
loaded, the dock's look: outlines coloured by cloud cover, a date for the temporal controller,
the thumbnail as map tip.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Search area&lt;/b&gt;: an &lt;b&gt;extent&lt;/b&gt; (in any CRS), or &lt;b&gt;fields&lt;/b&gt;, a polygon layer (with
&lt;i&gt;Selected features only&lt;/i&gt;, only those) whose outline is searched; the fields win when both
are given. Neither: the whole world.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Collections&lt;/b&gt;: collection ids, separated by commas (may be empty when item ids are
given). &lt;b&gt;Start&lt;/b&gt; and &lt;b&gt;End&lt;/b&gt; bound the acquisition time in UTC; either may be left empty.
&lt;b&gt;Maximum cloud cover&lt;/b&gt; (eo:cloud_cover, %): 100 keeps every item. &lt;b&gt;Only items with an
agriculture cloud mask&lt;/b&gt; keeps those whose eda:ag_cloud_mask_available is true.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Query&lt;/b&gt;: more property filters as the STAC query extension's JSON, e.g.
&lt;code&gt;{&quot;platform&quot;: {&quot;eq&quot;: &quot;sentinel-2a&quot;}}&lt;/code&gt;. &lt;b&gt;Sort by&lt;/b&gt;: a property (datetime,
eo:cloud_cover, id…), descending or not; empty keeps the catalog's order. &lt;b&gt;Page size&lt;/b&gt;:
items asked per request (1 to 10,000). &lt;b&gt;Maximum items&lt;/b&gt;: 0 for every match. &lt;b&gt;Item
ids&lt;/b&gt;: separated by commas, spaces or new lines.&lt;/p&gt;
&lt;p&gt;Signs in as the EarthPlatform dock does: the credentials saved in its settings (QGIS
Authentication Manager), else the EDS_CLIENT_ID and EDS_SECRET environment variables, else
~/.earthdaily/credentials. Goes out through QGIS's proxy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Recherche dans le catalogue d'EarthPlatform comme le fait le panneau EarthPlatform et écrit une
emprise par item, avec les colonnes du panneau (id, collection, datetime en texte UTC, eo:cloud_cover,
platform, l'indicateur et les identifiants du masque de nuages, vignette, lien self, et le JSON de l'item) et, une fois
chargée, l'apparence du panneau : contours colorés selon la couverture nuageuse, une date pour le contrôleur temporel,
la vignette en info-bulle.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Zone de recherche&lt;/b&gt; : une &lt;b&gt;emprise&lt;/b&gt; (dans tout SCR), ou des &lt;b&gt;parcelles&lt;/b&gt;, une couche de polygones (avec
&lt;i&gt;Entités sélectionnées uniquement&lt;/i&gt;, seulement celles-ci) dont le contour est recherché ; les parcelles l'emportent si les deux
sont données. Aucune des deux : le monde entier.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Collections&lt;/b&gt; : identifiants de collections, séparés par des virgules (peut être vide si des identifiants d'items sont
donnés). &lt;b&gt;Début&lt;/b&gt; et &lt;b&gt;Fin&lt;/b&gt; bornent la date d'acquisition en UTC ; l'une ou l'autre peut rester vide.
&lt;b&gt;Couverture nuageuse maximale&lt;/b&gt; (eo:cloud_cover, %) : 100 garde tous les items. &lt;b&gt;Seulement les items avec un masque
de nuages agriculture&lt;/b&gt; garde ceux dont eda:ag_cloud_mask_available est vrai.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Requête&lt;/b&gt; : d'autres filtres de propriétés dans le JSON de l'extension query de STAC, p. ex.
&lt;code&gt;{&quot;platform&quot;: {&quot;eq&quot;: &quot;sentinel-2a&quot;}}&lt;/code&gt;. &lt;b&gt;Trier selon&lt;/b&gt; : une propriété (datetime,
eo:cloud_cover, id…), décroissant ou non ; vide garde l'ordre du catalogue. &lt;b&gt;Taille de page&lt;/b&gt; :
items demandés par requête (1 à 10 000). &lt;b&gt;Nombre maximal d'items&lt;/b&gt; : 0 pour tous les résultats. &lt;b&gt;Identifiants
d'items&lt;/b&gt; : séparés par des virgules, des espaces ou des retours à la ligne.&lt;/p&gt;
&lt;p&gt;Se connecte comme le panneau EarthPlatform : les identifiants enregistrés dans ses paramètres (Gestionnaire
d'authentification de QGIS), sinon les variables d'environnement EDS_CLIENT_ID et EDS_SECRET, sinon
~/.earthdaily/credentials. Passe par le proxy de QGIS.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="96"/>
        <source>Search items</source>
        <translation>Rechercher des items</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="102"/>
        <source>Search extent</source>
        <translation>Emprise de recherche</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="103"/>
        <source>Or search over fields (polygons)</source>
        <translation>Ou rechercher sur des parcelles (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="122"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Couverture nuageuse maximale (%)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="132"/>
        <source>Only items with an agriculture cloud mask</source>
        <translation>Seulement les items avec un masque de nuages agriculture</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="137"/>
        <source>Query (STAC query extension, JSON)</source>
        <translation>Requête (extension query de STAC, JSON)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="142"/>
        <source>Sort by (a property)</source>
        <translation>Trier selon (une propriété)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="151"/>
        <source>Maximum items (0: all)</source>
        <translation>Nombre maximal d'items (0 : tous)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="200"/>
        <source>Cancelled: {count} footprints written before it.</source>
        <translation>Annulé : {count} emprises écrites avant.</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="206"/>
        <source>{count} footprints written.</source>
        <translation>{count} emprises écrites.</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="217"/>
        <source>Query: {problems}</source>
        <translation>Requête : {problems}</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="257"/>
        <source>The extent cannot be searched: {error}</source>
        <translation>Impossible de rechercher sur l'emprise : {error}</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="274"/>
        <source>The footprints keep QGIS&apos;s default look: {error}</source>
        <translation>Les emprises gardent l'apparence par défaut de QGIS : {error}</translation>
    </message>
    <message>
        <location filename="../credentials.py" line="45"/>
        <source>The QGIS Authentication Manager did not store the credentials. Is its master password set?</source>
        <translation>Le gestionnaire d'authentification de QGIS n'a pas enregistré les identifiants. Son mot de passe principal est-il défini ?</translation>
    </message>
    <message>
        <location filename="../credentials.py" line="61"/>
        <source>The stored EarthPlatform credentials (auth config {authcfg}) could not be read. Unlock the QGIS Authentication Manager with its master password.</source>
        <translation>Les identifiants EarthPlatform enregistrés (configuration d'authentification {authcfg}) n'ont pas pu être lus. Déverrouillez le gestionnaire d'authentification de QGIS avec son mot de passe principal.</translation>
    </message>
    <message>
        <location filename="../credentials.py" line="76"/>
        <source>{path} is not a valid INI file: {error}</source>
        <translation>{path} n'est pas un fichier INI valide : {error}</translation>
    </message>
    <message>
        <location filename="../credentials.py" line="119"/>
        <source>QGIS Authentication Manager (config {authcfg})</source>
        <translation>gestionnaire d'authentification de QGIS (configuration {authcfg})</translation>
    </message>
    <message>
        <location filename="../credentials.py" line="126"/>
        <source>environment variables EDS_CLIENT_ID/EDS_SECRET</source>
        <translation>variables d'environnement EDS_CLIENT_ID/EDS_SECRET</translation>
    </message>
    <message>
        <location filename="../credentials.py" line="138"/>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="251"/>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <location filename="../tasks/search.py" line="53"/>
        <source>item ids</source>
        <translation>identifiants d'items</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="98"/>
        <source>The fields have no valid coordinate reference system</source>
        <translation>Les parcelles n'ont pas de système de coordonnées de référence valide</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="104"/>
        <source>There are no fields to search</source>
        <translation>Il n'y a aucune parcelle sur laquelle rechercher</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="153"/>
        <source>all longitudes, {latitudes}</source>
        <translation>toutes les longitudes, {latitudes}</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="156"/>
        <source>{longitudes} (across the antimeridian), {latitudes}</source>
        <translation>{longitudes} (à cheval sur l'antiméridien), {latitudes}</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="179"/>
        <source>The map has no valid coordinate reference system</source>
        <translation>La carte n'a pas de système de coordonnées de référence valide</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="182"/>
        <source>The map extent is not a finite area</source>
        <translation>L'emprise de la carte n'est pas une zone finie</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="184"/>
        <source>The map extent is empty</source>
        <translation>L'emprise de la carte est vide</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="192"/>
        <source>The map extent cannot be converted to longitude/latitude</source>
        <translation>L'emprise de la carte ne peut pas être convertie en longitude/latitude</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="247"/>
        <source>A field cannot be converted to longitude/latitude</source>
        <translation>Une parcelle ne peut pas être convertie en longitude/latitude</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="250"/>
        <source>A field lies beyond the poles: is its layer&apos;s CRS the right one?</source>
        <translation>Une parcelle se trouve au-delà des pôles : le SCR de sa couche est-il le bon ?</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="452"/>
        <source>The map extent is too small to search</source>
        <translation>L'emprise de la carte est trop petite pour rechercher</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="537"/>
        <source>{degrees}°W</source>
        <translation>{degrees}°O</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="537"/>
        <source>{degrees}°E</source>
        <translation>{degrees}°E</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="544"/>
        <source>{degrees}°S</source>
        <translation>{degrees}°S</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="544"/>
        <source>{degrees}°N</source>
        <translation>{degrees}°N</translation>
    </message>
    <message>
        <location filename="../map/asset_layers.py" line="38"/>
        <source>&apos;{asset}&apos; has no readable link</source>
        <translation>« {asset} » n'a aucun lien lisible</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="49"/>
        <source>smaller than one mask pixel (no pixel centre inside the field)</source>
        <translation>plus petite qu'un pixel du masque (aucun centre de pixel dans la parcelle)</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="106"/>
        <source>outside the mask&apos;s extent</source>
        <translation>hors de l'emprise du masque</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="108"/>
        <source>no valid mask pixel under the field (all no data)</source>
        <translation>aucun pixel de masque valide sous la parcelle (tous sans données)</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="110"/>
        <source>{outside} of {pixels} pixels outside the mask&apos;s extent</source>
        <translation>{outside} pixels sur {pixels} hors de l'emprise du masque</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="132"/>
        <source>the file has no raster band</source>
        <translation>le fichier n'a aucune bande raster</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="135"/>
        <source>the mask&apos;s grid is rotated, which is not supported</source>
        <translation>la grille du masque est tournée, ce qui n'est pas pris en charge</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="143"/>
        <source>the mask has no coordinate reference system</source>
        <translation>le masque n'a pas de système de coordonnées de référence</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="160"/>
        <source>the field cannot be placed on the mask&apos;s grid: {error}</source>
        <translation>la parcelle ne peut pas être placée sur la grille du masque : {error}</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="208"/>
        <source>the field cannot be rasterized: {error}</source>
        <translation>la parcelle ne peut pas être rastérisée : {error}</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="193"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="215"/>
        <source>its values are {kind} numbers, not the whole-number classes of a mask</source>
        <translation>ses valeurs sont des nombres {kind}, pas les classes entières d'un masque</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="221"/>
        <source>it holds negative values, which no mask class has</source>
        <translation>il contient des valeurs négatives, qu'aucune classe de masque n'a</translation>
    </message>
    <message>
        <location filename="../map/clearsky_map.py" line="83"/>
        <source>{low}–{high} % clear</source>
        <translation>{low}–{high} % dégagé</translation>
    </message>
    <message>
        <location filename="../map/clearsky_table.py" line="41"/>
        <source>clear sky</source>
        <translation>ciel dégagé</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="50"/>
        <source>{n} field of &apos;{layer}&apos; (selected)</source>
        <translation>{n} parcelle de « {layer} » (sélectionnée)</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="50"/>
        <source>{n} fields of &apos;{layer}&apos; (selected)</source>
        <translation>{n} parcelles de « {layer} » (sélectionnées)</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="55"/>
        <source>{n} field of &apos;{layer}&apos;</source>
        <translation>{n} parcelle de « {layer} »</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="55"/>
        <source>{n} fields of &apos;{layer}&apos;</source>
        <translation>{n} parcelles de « {layer} »</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="63"/>
        <source>Choose a polygon layer for the fields</source>
        <translation>Choisissez une couche de polygones pour les parcelles</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="66"/>
        <source>&apos;{layer}&apos; is not a polygon layer: fields must be polygons</source>
        <translation>« {layer} » n'est pas une couche de polygones : les parcelles doivent être des polygones</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="70"/>
        <source>&apos;{layer}&apos; has no coordinate reference system: set one in its Layer Properties</source>
        <translation>« {layer} » n'a pas de système de coordonnées de référence : définissez-en un dans ses Propriétés de la couche</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="76"/>
        <source>No features of &apos;{layer}&apos; are selected</source>
        <translation>Aucune entité de « {layer} » n'est sélectionnée</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="78"/>
        <source>&apos;{layer}&apos; has no features</source>
        <translation>« {layer} » n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="95"/>
        <source>No feature of &apos;{layer}&apos; has a usable polygon: {reasons}</source>
        <translation>Aucune entité de « {layer} » n'a de polygone utilisable : {reasons}</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="117"/>
        <source>field {id}: no geometry</source>
        <translation>parcelle {id} : aucune géométrie</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="124"/>
        <source>geometry repaired ({reason})</source>
        <translation>géométrie réparée ({reason})</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="126"/>
        <source>field {id}: the geometry has no area once repaired</source>
        <translation>parcelle {id} : la géométrie n'a plus de surface une fois réparée</translation>
    </message>
    <message>
        <location filename="../map/footprint_store.py" line="85"/>
        <source>{path} cannot be created: {reason}</source>
        <translation>{path} ne peut pas être créé : {reason}</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="141"/>
        <source>result {number}: skipped, not a STAC item (no id)</source>
        <translation>résultat {number} : ignoré, ce n'est pas un item STAC (pas d'id)</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="148"/>
        <source>{item}: skipped, not a readable STAC item ({error})</source>
        <translation>{item} : ignoré, ce n'est pas un item STAC lisible ({error})</translation>
    </message>
    <message>
        <location filename="../tasks/layers.py" line="52"/>
        <source>{item}: {problem}</source>
        <translation>{item} : {problem}</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="178"/>
        <source>NUL characters and lone surrogates are shown as {replacement}</source>
        <translation>les caractères NUL et les demi-codets isolés sont affichés comme {replacement}</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="187"/>
        <source>datetime {value} cannot be read in UTC (a year beyond 1-9999)</source>
        <translation>la date {value} ne peut pas être lue en UTC (une année hors de 1-9999)</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="210"/>
        <source>no map outline: the geometry cannot be read</source>
        <translation>aucun contour sur la carte : la géométrie ne peut pas être lue</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="269"/>
        <source>datetime {value} cannot be read</source>
        <translation>la date {value} ne peut pas être lue</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="294"/>
        <source>{path} cannot be opened for writing: {reason}</source>
        <translation>{path} ne peut pas être ouvert en écriture : {reason}</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="318"/>
        <source>start a transaction</source>
        <translation>démarrer une transaction</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="324"/>
        <source>commit a page</source>
        <translation>valider une page</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="342"/>
        <source>write item {item}</source>
        <translation>écrire l'item {item}</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="350"/>
        <source>{path}: cannot {doing}: {reason}</source>
        <translation>{path} : impossible de {doing} : {reason}</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="368"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location filename="../map/footprint_store.py" line="111"/>
        <source>The footprints in {file} cannot be saved in {folder}: {error}</source>
        <translation>Les emprises de {file} ne peuvent pas être enregistrées dans {folder} : {error}</translation>
    </message>
    <message>
        <location filename="../map/footprint_store.py" line="184"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <location filename="../map/footprint_store.py" line="195"/>
        <source>{path} was not written</source>
        <translation>{path} n'a pas été écrit</translation>
    </message>
    <message>
        <location filename="../map/footprints.py" line="51"/>
        <source>{path} cannot be read as a footprint layer</source>
        <translation>{path} ne peut pas être lu comme une couche d'emprises</translation>
    </message>
    <message>
        <location filename="../map/footprints.py" line="64"/>
        <source>{style} cannot be applied: {reason}</source>
        <translation>{style} ne peut pas être appliqué : {reason}</translation>
    </message>
    <message>
        <location filename="../map/footprints.py" line="76"/>
        <source>Cloud cover:</source>
        <translation>Couverture nuageuse :</translation>
    </message>
    <message>
        <location filename="../map/footprints.py" line="76"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="53"/>
        <source>unknown GDAL error</source>
        <translation>erreur GDAL inconnue</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>the server&apos;s name could not be found: check the network</source>
        <translation>le nom du serveur est introuvable : vérifiez le réseau</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>the server could not be reached: check the network</source>
        <translation>le serveur est injoignable : vérifiez le réseau</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>the server did not answer in time</source>
        <translation>le serveur n'a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>the download broke off: try again</source>
        <translation>le téléchargement s'est interrompu : réessayez</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>the download failed on a network error: try again</source>
        <translation>le téléchargement a échoué sur une erreur réseau : réessayez</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>the file cannot be reached</source>
        <translation>le fichier est inaccessible</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>the file is not a GeoTIFF that can be read (it is damaged, or not an image at all)</source>
        <translation>le fichier n'est pas un GeoTIFF lisible (il est endommagé, ou ce n'est pas du tout une image)</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>part of the file could not be read: it is damaged or incomplete, or its download broke off</source>
        <translation>une partie du fichier n'a pas pu être lue : il est endommagé ou incomplet, ou son téléchargement s'est interrompu</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="128"/>
        <source>an error</source>
        <translation>une erreur</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="130"/>
        <source>the server answered {status} ({phrase}); try again later</source>
        <translation>le serveur a répondu {status} ({phrase}) ; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="132"/>
        <source>the server answered {status} ({phrase})</source>
        <translation>le serveur a répondu {status} ({phrase})</translation>
    </message>
    <message>
        <location filename="../map/geometry.py" line="23"/>
        <source>no map outline: the item has no geometry</source>
        <translation>aucun contour sur la carte : l'item n'a pas de géométrie</translation>
    </message>
    <message>
        <location filename="../map/geometry.py" line="32"/>
        <source>no map outline: footprints are polygons, the geometry is a {kind}</source>
        <translation>aucun contour sur la carte : les emprises sont des polygones, la géométrie est de type {kind}</translation>
    </message>
    <message>
        <location filename="../map/geometry.py" line="36"/>
        <source>no map outline: the geometry is empty</source>
        <translation>aucun contour sur la carte : la géométrie est vide</translation>
    </message>
    <message>
        <location filename="../map/geometry.py" line="40"/>
        <source>the geometry is not valid ({reason}); drawn as given</source>
        <translation>la géométrie n'est pas valide ({reason}) ; dessinée telle quelle</translation>
    </message>
    <message>
        <location filename="../map/geometry.py" line="45"/>
        <source>the geometry crosses the antimeridian without being split</source>
        <translation>la géométrie traverse l'antiméridien sans y être coupée</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="80"/>
        <source>True colour ({assets})</source>
        <translation>Couleurs naturelles ({assets})</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="118"/>
        <source>{item} has no true-colour imagery: no readable &apos;visual&apos; asset, and no readable {assets} asset.</source>
        <translation>{item} n'a pas d'image en couleurs naturelles : aucune ressource « visual » lisible, ni de ressource {assets} lisible.</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="123"/>
        <source>{item} has no true-colour imagery: no readable &apos;visual&apos; asset, and no readable {assets} assets.</source>
        <translation>{item} n'a pas d'image en couleurs naturelles : aucune ressource « visual » lisible, ni de ressources {assets} lisibles.</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="172"/>
        <source>The VRT of {item} cannot be written: {error}</source>
        <translation>Le VRT de {item} ne peut pas être écrit : {error}</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="193"/>
        <source>The {assets} images of {item} cannot be opened: {reason}</source>
        <translation>Les images {assets} de {item} ne peuvent pas être ouvertes : {reason}</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="328"/>
        <source>The true-colour image of {item}</source>
        <translation>L'image en couleurs naturelles de {item}</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="331"/>
        <source>{what} has {count} band(s), not 3.</source>
        <translation>{what} : {count} bande(s), et non 3.</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="50"/>
        <source>Clear</source>
        <translation>Dégagé</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="50"/>
        <source>Cloud</source>
        <translation>Nuage</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Cloud shadow</source>
        <translation>Ombre de nuage</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="62"/>
        <source>Thin cloud</source>
        <translation>Nuage fin</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Saturated or defective</source>
        <translation>Saturé ou défectueux</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Dark area or topographic shadow</source>
        <translation>Zone sombre ou ombre topographique</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Vegetation</source>
        <translation>Végétation</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Bare soil</source>
        <translation>Sol nu</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Cloud, medium probability</source>
        <translation>Nuage, probabilité moyenne</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Cloud, high probability</source>
        <translation>Nuage, probabilité élevée</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Thin cirrus</source>
        <translation>Cirrus fins</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Snow or ice</source>
        <translation>Neige ou glace</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="231"/>
        <source>unreachable, or not in a format OGR reads</source>
        <translation>injoignable, ou dans un format qu'OGR ne lit pas</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="232"/>
        <source>{what} cannot be opened: {reason}</source>
        <translation>{what} : ouverture impossible : {reason}</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="239"/>
        <source>The {mask} of {item}</source>
        <translation>{mask} de {item}</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="40"/>
        <source>the map extent it was saved with</source>
        <translation>l'emprise de la carte enregistrée avec elle</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="42"/>
        <source>the fields of {layer}</source>
        <translation>les parcelles de {layer}</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="44"/>
        <source>the {n} selected field of {layer}</source>
        <translation>{n} parcelle sélectionnée de {layer}</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="44"/>
        <source>the {n} selected fields of {layer}</source>
        <translation>les {n} parcelles sélectionnées de {layer}</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="96"/>
        <source>A saved search in {place} cannot be read and is left out: {error}</source>
        <translation>Une recherche enregistrée dans {place} ne peut pas être lue et est écartée : {error}</translation>
    </message>
    <message>
        <location filename="../stac/assets.py" line="150"/>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <location filename="../stac/assets.py" line="153"/>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <location filename="../stac/assets.py" line="153"/>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <location filename="../stac/assets.py" line="157"/>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="94"/>
        <source>Could not get an access token: {error}</source>
        <translation>Impossible d'obtenir un jeton d'accès : {error}</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="101"/>
        <source>The token service refused the client id and secret ({status}). Check them in the EarthPlatform settings.</source>
        <translation>Le service de jetons a refusé l'identifiant client et le secret ({status}). Vérifiez-les dans les paramètres EarthPlatform.</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="108"/>
        <source>The token URL does not exist (HTTP 404): {url}</source>
        <translation>L'URL du jeton n'existe pas (HTTP 404) : {url}</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="112"/>
        <source>The token service failed ({status}): {url}</source>
        <translation>Le service de jetons a échoué ({status}) : {url}</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="121"/>
        <source>unknown content</source>
        <translation>contenu inconnu</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="122"/>
        <source>The token URL answered with {kind}, not an access token. Check the token URL: {url}</source>
        <translation>L'URL du jeton a répondu avec {kind}, pas avec un jeton d'accès. Vérifiez l'URL du jeton : {url}</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="155"/>
        <source>a link</source>
        <translation>un lien</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="167"/>
        <source>an unreadable URL</source>
        <translation>une URL illisible</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="168"/>
        <source>The catalog at {api} sent the plugin to {other} ({what}). It was not followed, so that your access token stays with {api}. If {other} is a server you trust, add it to Trusted servers in the EarthPlatform settings: it is then asked without your token.</source>
        <translation>Le catalogue de {api} a envoyé l'extension vers {other} ({what}). Ce renvoi n'a pas été suivi, pour que votre jeton d'accès reste chez {api}. Si {other} est un serveur de confiance, ajoutez-le aux Serveurs de confiance dans les paramètres EarthPlatform : il est alors interrogé sans votre jeton.</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="185"/>
        <source>a redirect</source>
        <translation>une redirection</translation>
    </message>
    <message>
        <location filename="../stac/chunks.py" line="56"/>
        <source>The catalog sorts results differently from what the plugin expects, so the rest of this search was fetched one page at a time.</source>
        <translation>Le catalogue trie les résultats autrement que ne l'attend l'extension : le reste de cette recherche a été récupéré une page à la fois.</translation>
    </message>
    <message>
        <location filename="../stac/paging.py" line="294"/>
        <source>Search cancelled.</source>
        <translation>Recherche annulée.</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="113"/>
        <source>{what}: the answer is not JSON. Is {url} a STAC API?</source>
        <translation>{what} : la réponse n'est pas du JSON. {url} est-elle une API STAC ?</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="123"/>
        <source>Reading the catalog&apos;s landing page</source>
        <translation>Lecture de la page d'accueil du catalogue</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="125"/>
        <source>{url} answers, but it is not a STAC API (no links).</source>
        <translation>{url} répond, mais ce n'est pas une API STAC (aucun lien).</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="133"/>
        <source>No client id and secret are set.</source>
        <translation>Aucun identifiant client ni secret n'est défini.</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="139"/>
        <source>Reading conformance</source>
        <translation>Lecture des classes de conformité</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="145"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="150"/>
        <source>{url} is not a STAC API with {classes}.</source>
        <translation>{url} n'est pas une API STAC avec {classes}.</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="157"/>
        <source>Signed in to {title}.</source>
        <translation>Connecté à {title}.</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="171"/>
        <source>Listing collections</source>
        <translation>Liste des collections</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="197"/>
        <source>Reading queryables</source>
        <translation>Lecture des propriétés filtrables (queryables)</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="205"/>
        <source>Reading collection {id}</source>
        <translation>Lecture de la collection {id}</translation>
    </message>
    <message>
        <location filename="../stac/connection.py" line="37"/>
        <source>The STAC API URL</source>
        <translation>L'URL de l'API STAC</translation>
    </message>
    <message>
        <location filename="../stac/connection.py" line="37"/>
        <source>The token URL</source>
        <translation>L'URL du jeton</translation>
    </message>
    <message>
        <location filename="../stac/connection.py" line="43"/>
        <source>{refusal} (from {source})</source>
        <translation>{refusal} (source : {source})</translation>
    </message>
    <message>
        <location filename="../stac/connection.py" line="59"/>
        <source>{what} {url} uses http://: the client secret and the access token would cross the network unencrypted. Use https:// (http:// is only for this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation>{what} {url} utilise http:// : le secret client et le jeton d'accès traverseraient le réseau sans chiffrement. Utilisez https:// (http:// est réservé à cet ordinateur : localhost, 127.0.0.1 ou ::1).</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="112"/>
        <source>{item} has no asset &apos;{asset}&apos;</source>
        <translation>{item} n'a pas de ressource « {asset} »</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="117"/>
        <source>{item}: asset &apos;{asset}&apos; has no downloadable URL</source>
        <translation>{item} : la ressource « {asset} » n'a pas d'URL téléchargeable</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="234"/>
        <source>The items&apos; JSON was not saved: {problem}</source>
        <translation>Le JSON des items n'a pas été enregistré : {problem}</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="285"/>
        <source>the server refuses even a newly signed link.</source>
        <translation>le serveur refuse même un lien signé à nouveau.</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="298"/>
        <source>{received} bytes arrived of {expected}</source>
        <translation>{received} octets reçus sur {expected}</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="308"/>
        <source>{received} bytes arrived, {expected} expected; the file was not kept.</source>
        <translation>{received} octets reçus, {expected} attendus ; le fichier n'a pas été gardé.</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="343"/>
        <source>the partial file left by an earlier download did not match</source>
        <translation>le fichier partiel laissé par un téléchargement précédent ne correspondait pas</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="347"/>
        <source>Downloading {file}</source>
        <translation>Téléchargement de {file}</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="365"/>
        <source>Download cancelled.</source>
        <translation>Téléchargement annulé.</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="367"/>
        <source>the connection broke off ({error})</source>
        <translation>la connexion s'est interrompue ({error})</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="383"/>
        <source>the bytes received do not match the item&apos;s checksum; the file was not kept.</source>
        <translation>les octets reçus ne correspondent pas à la somme de contrôle de l'item ; le fichier n'a pas été gardé.</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="401"/>
        <source>the link expired and {error}</source>
        <translation>le lien a expiré et {error}</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="405"/>
        <source>the link expired and the catalog no longer has the asset.</source>
        <translation>le lien a expiré et le catalogue n'a plus la ressource.</translation>
    </message>
    <message>
        <location filename="../tasks/layers.py" line="158"/>
        <source>&apos;{asset}&apos; of {item}</source>
        <translation>« {asset} » de {item}</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="418"/>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="435"/>
        <source>cannot write the file: {problem} ({path})</source>
        <translation>impossible d'écrire le fichier : {problem} ({path})</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="438"/>
        <source>cannot write the file: {problem}</source>
        <translation>impossible d'écrire le fichier : {problem}</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="454"/>
        <source>{file}: the server sent another part of the file than the one asked for ({url}).</source>
        <translation>{file} : le serveur a envoyé une autre partie du fichier que celle demandée ({url}).</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="231"/>
        <source>(an unreadable URL)</source>
        <translation>(une URL illisible)</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="274"/>
        <source>The proxy set in QGIS&apos;s network options {failure} ({host}).</source>
        <translation>Le proxy défini dans les options réseau de QGIS {failure} ({host}).</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="278"/>
        <source>The proxy set in QGIS&apos;s network options is a SOCKS5 proxy, which needs the Python package PySocks in QGIS&apos;s Python ({host}).</source>
        <translation>Le proxy défini dans les options réseau de QGIS est un proxy SOCKS5, qui a besoin du paquet Python PySocks dans le Python de QGIS ({host}).</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="283"/>
        <source>The secure connection to {host} failed: its certificate could not be verified. Check the URL. A certificate signed by your organisation&apos;s own authority (or a proxy that intercepts HTTPS) needs that authority added to QGIS&apos;s Authentication Manager (Options, Authentication, Certificate Manager).</source>
        <translation>La connexion sécurisée à {host} a échoué : son certificat n'a pas pu être vérifié. Vérifiez l'URL. Un certificat signé par l'autorité propre à votre organisation (ou par un proxy qui intercepte HTTPS) demande que cette autorité soit ajoutée au gestionnaire d'authentification de QGIS (Options, Authentification, Gestionnaire de certificats).</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="290"/>
        <source>{host} did not accept a connection within {seconds} s.</source>
        <translation>{host} n'a pas accepté de connexion en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="296"/>
        <source>{host} stopped answering: no data came within the time allowed.</source>
        <translation>{host} a cessé de répondre : aucune donnée n'est arrivée dans le délai imparti.</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="305"/>
        <source>The server name {host} could not be found. Check the URL and your network.</source>
        <translation>Le nom de serveur {host} est introuvable. Vérifiez l'URL et votre réseau.</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="309"/>
        <source>{host} refused the connection. Check the URL (and port).</source>
        <translation>{host} a refusé la connexion. Vérifiez l'URL (et le port).</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="310"/>
        <source>Could not reach {host}. Check the URL and your network.</source>
        <translation>Impossible de joindre {host}. Vérifiez l'URL et votre réseau.</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="311"/>
        <source>The request to {host} failed: {error}.</source>
        <translation>La requête vers {host} a échoué : {error}.</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="319"/>
        <source>asks for a user name and password: set them in QGIS&apos;s proxy settings</source>
        <translation>demande un nom d'utilisateur et un mot de passe : indiquez-les dans les paramètres de proxy de QGIS</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="321"/>
        <source>cannot be reached: check its host and port in QGIS&apos;s proxy settings</source>
        <translation>est injoignable : vérifiez son hôte et son port dans les paramètres de proxy de QGIS</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="322"/>
        <source>could not pass the request on</source>
        <translation>n'a pas pu transmettre la requête</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="333"/>
        <source>{what} failed: {status}: {message} ({url})</source>
        <translation>{what} : échec, {status} : {message} ({url})</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="337"/>
        <source>{what} failed: {status} ({url})</source>
        <translation>{what} : échec, {status} ({url})</translation>
    </message>
    <message>
        <location filename="../stac/items.py" line="48"/>
        <source>Reading mask item {item}</source>
        <translation>Lecture de l'item de masque {item}</translation>
    </message>
    <message>
        <location filename="../stac/masks.py" line="35"/>
        <source>Agriculture cloud mask</source>
        <translation>Masque de nuages agriculture</translation>
    </message>
    <message>
        <location filename="../stac/masks.py" line="43"/>
        <source>EDA cloud mask</source>
        <translation>Masque de nuages EDA</translation>
    </message>
    <message>
        <location filename="../stac/masks.py" line="52"/>
        <source>Scene classification (SCL)</source>
        <translation>Classification de scène (SCL)</translation>
    </message>
    <message>
        <location filename="../stac/masks.py" line="144"/>
        <source>{mask} item {item} does not exist</source>
        <translation>{mask} : l'item {item} n'existe pas</translation>
    </message>
    <message>
        <location filename="../stac/masks.py" line="150"/>
        <source>{mask} item has no readable &apos;{asset}&apos; asset</source>
        <translation>{mask} : l'item n'a pas de ressource « {asset} » lisible</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="192"/>
        <source>no cloud mask</source>
        <translation>aucun masque de nuages</translation>
    </message>
    <message>
        <location filename="../stac/paging.py" line="173"/>
        <source>The catalog&apos;s next-page link cannot be followed: {error}</source>
        <translation>Le lien vers la page suivante du catalogue ne peut pas être suivi : {error}</translation>
    </message>
    <message>
        <location filename="../stac/paging.py" line="183"/>
        <source>The catalog sent a page of results that is not valid JSON: {url}</source>
        <translation>Le catalogue a envoyé une page de résultats qui n'est pas du JSON valide : {url}</translation>
    </message>
    <message>
        <location filename="../stac/paging.py" line="189"/>
        <source>The catalog sent a page of results that is not a GeoJSON FeatureCollection: {url}</source>
        <translation>Le catalogue a envoyé une page de résultats qui n'est pas une FeatureCollection GeoJSON : {url}</translation>
    </message>
    <message>
        <location filename="../stac/paging.py" line="195"/>
        <source>The catalog sent a page of results without a list of features: {url}</source>
        <translation>Le catalogue a envoyé une page de résultats sans liste d'entités (features) : {url}</translation>
    </message>
    <message>
        <location filename="../stac/paging.py" line="317"/>
        <source>The catalog&apos;s next-page link points back at a page already read; stopped to avoid an endless search.</source>
        <translation>Le lien vers la page suivante du catalogue renvoie à une page déjà lue ; arrêt pour éviter une recherche sans fin.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="132"/>
        <source>Choose at least one collection or enter item IDs.</source>
        <translation>Choisissez au moins une collection ou saisissez des identifiants d'items.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="135"/>
        <source>An empty collection is in the list; remove it.</source>
        <translation>Une collection vide est dans la liste ; retirez-la.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="135"/>
        <source>The collection {name} contains a space, comma or semicolon; enter one per line.</source>
        <translation>La collection {name} contient une espace, une virgule ou un point-virgule ; saisissez-en une par ligne.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="142"/>
        <source>An empty item ID is in the list; remove it.</source>
        <translation>Un identifiant d'item vide est dans la liste ; retirez-le.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="142"/>
        <source>The item ID {name} contains a space, comma or semicolon; enter one per line.</source>
        <translation>L'identifiant d'item {name} contient une espace, une virgule ou un point-virgule ; saisissez-en un par ligne.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="208"/>
        <source>The stored search {search} is not a JSON object.</source>
        <translation>La recherche enregistrée {search} n'est pas un objet JSON.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="219"/>
        <source>The stored value {value} cannot be read: {error}.</source>
        <translation>La valeur enregistrée {value} ne peut pas être lue : {error}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="261"/>
        <source>The query is nested more than {depth} levels deep; a query is {example}.</source>
        <translation>La requête est imbriquée sur plus de {depth} niveaux ; une requête est de la forme {example}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="274"/>
        <source>Line {line}, column {column}: {error}.</source>
        <translation>Ligne {line}, colonne {column} : {error}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="310"/>
        <source>{key} appears twice; put all its operators in one object.</source>
        <translation>{key} apparaît deux fois ; mettez tous ses opérateurs dans un seul objet.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="323"/>
        <source>{number} is too large for a JSON number.</source>
        <translation>{number} est trop grand pour un nombre JSON.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="329"/>
        <source>{name} is not a JSON number.</source>
        <translation>{name} n'est pas un nombre JSON.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="383"/>
        <source>The end, {end}, is before the start, {start}.</source>
        <translation>La fin, {end}, est avant le début, {start}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="413"/>
        <source>The query must be a JSON object such as {example}; it is {query}.</source>
        <translation>La requête doit être un objet JSON comme {example} ; elle vaut {query}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="420"/>
        <source>In {where}, {name} must map to an object of operators and values, such as {example}.</source>
        <translation>Dans {where}, {name} doit correspondre à un objet d'opérateurs et de valeurs, comme {example}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="430"/>
        <source>In {where}, {problem}</source>
        <translation>Dans {where}, {problem}</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="440"/>
        <source>{operator} is not an operator; use one of {operators}.</source>
        <translation>{operator} n'est pas un opérateur ; utilisez l'un de {operators}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="444"/>
        <source>&quot;in&quot; needs a list of values, such as [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>« in » demande une liste de valeurs, comme [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="446"/>
        <source>&quot;{operator}&quot; needs text in quotes.</source>
        <translation>« {operator} » demande du texte entre guillemets.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="450"/>
        <source>cloud cover must be a number from 0 to 100.</source>
        <translation>la couverture nuageuse doit être un nombre de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="456"/>
        <source>Sort fields are property names without spaces; {field} is not.</source>
        <translation>Les champs de tri sont des noms de propriétés sans espaces ; {field} n'en est pas un.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="470"/>
        <source>The page size must be from 1 to {most}; it is {limit}.</source>
        <translation>La taille de page doit être de 1 à {most} ; elle vaut {limit}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="475"/>
        <source>The maximum number of items must be at least 1 (empty for all); it is {max_items}.</source>
        <translation>Le nombre maximal d'items doit être d'au moins 1 (vide pour tous) ; il vaut {max_items}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="484"/>
        <source>The area of interest is empty; draw or choose one, or clear it.</source>
        <translation>La zone d'intérêt est vide ; dessinez-en ou choisissez-en une, ou effacez-la.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="488"/>
        <source>The area of interest must be a GeoJSON geometry ({types}); its type is {kind}.</source>
        <translation>La zone d'intérêt doit être une géométrie GeoJSON ({types}) ; son type est {kind}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="495"/>
        <source>The area of interest is a GeometryCollection without geometries.</source>
        <translation>La zone d'intérêt est une GeometryCollection sans géométries.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="500"/>
        <source>The area of interest is a {kind} whose coordinates are empty or not nested as a {kind}&apos;s: {coordinates}.</source>
        <translation>La zone d'intérêt est un {kind} dont les coordonnées sont vides ou pas imbriquées comme celles d'un {kind} : {coordinates}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="510"/>
        <source>The area of interest is a {kind} with a ring that is not closed or has fewer than 4 positions: {ring}.</source>
        <translation>La zone d'intérêt est un {kind} dont un anneau n'est pas fermé ou a moins de 4 positions : {ring}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="556"/>
        <source>{value} is not {kind} or null</source>
        <translation>{value} n'est ni {kind} ni null</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="556"/>
        <source>{value} is not {kind}</source>
        <translation>{value} n'est pas {kind}</translation>
    </message>
    <message>
        <location filename="../tasks/base.py" line="63"/>
        <source>{task} stopped on an unexpected error; the details are in the {log} log.</source>
        <translation>{task} s'est arrêté sur une erreur inattendue ; les détails sont dans le journal {log}.</translation>
    </message>
    <message>
        <location filename="../tasks/catalog.py" line="31"/>
        <source>EarthPlatform: listing collections</source>
        <translation>EarthPlatform : liste des collections</translation>
    </message>
    <message>
        <location filename="../tasks/catalog.py" line="50"/>
        <source>The check did not run.</source>
        <translation>La vérification n'a pas eu lieu.</translation>
    </message>
    <message>
        <location filename="../tasks/catalog.py" line="51"/>
        <source>EarthPlatform: testing the connection</source>
        <translation>EarthPlatform : test de la connexion</translation>
    </message>
    <message>
        <location filename="../tasks/catalog.py" line="64"/>
        <source>EarthPlatform: renewing asset links</source>
        <translation>EarthPlatform : renouvellement des liens des ressources</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="149"/>
        <source>its link expired and a new one could not be had: {error}</source>
        <translation>son lien a expiré et un nouveau n'a pas pu être obtenu : {error}</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="153"/>
        <source>its link expired and the catalog gave no new one</source>
        <translation>son lien a expiré et le catalogue n'en a pas donné de nouveau</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="160"/>
        <source>the server refused its link ({status}, forbidden), even once renewed</source>
        <translation>le serveur a refusé son lien ({status}, interdit), même renouvelé</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="254"/>
        <source>the {mask} cannot be read</source>
        <translation>{mask} : lecture impossible</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="276"/>
        <source>{problem}: {error}</source>
        <translation>{problem} : {error}</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="302"/>
        <source>the {mask} cannot be counted: an unexpected error stopped it (the details are in the {log} log)</source>
        <translation>{mask} : comptage impossible, une erreur inattendue l'a arrêté (les détails sont dans le journal {log})</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="338"/>
        <source>EarthPlatform: clear sky over {fields}</source>
        <translation>EarthPlatform : ciel dégagé sur {fields}</translation>
    </message>
    <message>
        <location filename="../tasks/download.py" line="27"/>
        <source>EarthPlatform: downloading assets to {folder}</source>
        <translation>EarthPlatform : téléchargement des ressources dans {folder}</translation>
    </message>
    <message>
        <location filename="../tasks/layers.py" line="64"/>
        <source>EarthPlatform: loading cloud masks</source>
        <translation>EarthPlatform : chargement des masques de nuages</translation>
    </message>
    <message>
        <location filename="../tasks/layers.py" line="97"/>
        <source>EarthPlatform: loading imagery with cloud masks</source>
        <translation>EarthPlatform : chargement des images avec les masques de nuages</translation>
    </message>
    <message>
        <location filename="../tasks/layers.py" line="136"/>
        <source>EarthPlatform: adding assets of {item}</source>
        <translation>EarthPlatform : ajout des ressources de {item}</translation>
    </message>
    <message>
        <location filename="../tasks/layers.py" line="151"/>
        <source>&apos;{asset}&apos; cannot be added as a layer.</source>
        <translation>« {asset} » ne peut pas être ajoutée comme couche.</translation>
    </message>
    <message>
        <location filename="../tasks/search.py" line="53"/>
        <source>EarthPlatform search: {what}</source>
        <translation>Recherche EarthPlatform : {what}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="92"/>
        <source>User&apos;s guide</source>
        <translation>Guide de l'utilisateur</translation>
    </message>
</context>
</TS>
