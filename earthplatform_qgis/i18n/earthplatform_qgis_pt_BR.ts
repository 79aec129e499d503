<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>@default</name>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Media type</source>
        <translation>Tipo de mídia</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Roles</source>
        <translation>Funções</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="33"/>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="39"/>
        <source>no readable link</source>
        <translation>nenhum link legível</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="41"/>
        <source>raster layer</source>
        <translation>camada raster</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="42"/>
        <source>vector layer</source>
        <translation>camada vetorial</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="43"/>
        <source>download</source>
        <translation>download</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="55"/>
        <source>Assets of {id}</source>
        <translation>Assets de {id}</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="82"/>
        <source>Add as layers</source>
        <translation>Adicionar como camadas</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="84"/>
        <source>Stream the selected rasters and vectors as layers</source>
        <translation>Transmitir os rasters e vetores selecionados como camadas</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="85"/>
        <source>Download…</source>
        <translation>Baixar…</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="131"/>
        <source>Download assets of {items}</source>
        <translation>Baixar os assets de {items}</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="131"/>
        <source>{n} item</source>
        <translation>{n} item</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="131"/>
        <source>{n} items</source>
        <translation>{n} itens</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="146"/>
        <source>{key} — {title} ({count} of {total})</source>
        <translation>{key} — {title} ({count} de {total})</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="154"/>
        <source>Add the downloaded files as layers</source>
        <translation>Adicionar os arquivos baixados como camadas</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="160"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="166"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../gui/asset_dialogs.py" line="168"/>
        <source>Into folder (one sub-folder per item, with its JSON)</source>
        <translation>Na pasta (uma subpasta por item, com seu JSON)</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="153"/>
        <source>100 % clear ({what})</source>
        <translation>100 % de céu limpo ({what})</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="210"/>
        <source>no figure</source>
        <translation>sem valor</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="208"/>
        <source>{day}: no acquisition</source>
        <translation>{day}: nenhuma aquisição</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="209"/>
        <source>{n} acquisition</source>
        <translation>{n} aquisição</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="209"/>
        <source>{n} acquisitions</source>
        <translation>{n} aquisições</translation>
    </message>
    <message>
        <location filename="../gui/calendar.py" line="210"/>
        <source>{clear} % clear ({what})</source>
        <translation>{clear} % de céu limpo ({what})</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="103"/>
        <source>Clear sky over fields</source>
        <translation>Céu limpo sobre os talhões</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="81"/>
        <source>The attribute naming each field in the clear-sky table (else its feature id)</source>
        <translation>O atributo que nomeia cada talhão na tabela de céu limpo (senão o id da feição)</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="87"/>
        <source>Count clear sky</source>
        <translation>Contar céu limpo</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="88"/>
        <source>Field id</source>
        <translation>Id do talhão</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="91"/>
        <source>Hide footprints whose fields are less clear</source>
        <translation>Ocultar os footprints cujos talhões têm menos céu limpo</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="95"/>
        <source> % clear</source>
        <translation> % limpo</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="97"/>
        <source>Which fields must be that clear</source>
        <translation>Quais talhões devem ter esse céu limpo</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="98"/>
        <source>over every field</source>
        <translation>em todos os talhões</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="99"/>
        <source>over any field</source>
        <translation>em algum talhão</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="100"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="105"/>
        <source>Map on fields</source>
        <translation>Mapear nos talhões</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="105"/>
        <source>Add the clear-sky table as a layer of the fields, coloured by clear %, one date at a time with the Temporal Controller</source>
        <translation>Adicionar a tabela de céu limpo como camada dos talhões, colorida pelo % de céu limpo, uma data por vez com o Controlador Temporal</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="187"/>
        <source>Counting clear sky… {percent} %</source>
        <translation>Contando céu limpo… {percent} %</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="212"/>
        <source>Clear sky not counted: cancelled.</source>
        <translation>Céu limpo não contado: cancelado.</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="215"/>
        <source>Clear sky not shown: the footprint layer was removed.</source>
        <translation>Céu limpo não exibido: a camada de footprints foi removida.</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="227"/>
        <source>Clear sky counted (see the table), but not written to the footprints: {error}</source>
        <translation>Céu limpo contado (veja a tabela), mas não gravado nos footprints: {error}</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="237"/>
        <source>field {id}: no footprint covers it</source>
        <translation>talhão {id}: nenhum footprint o cobre</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="240"/>
        <source>Clear sky counted; {count} fields left out: {problems}</source>
        <translation>Céu limpo contado; {count} talhões deixados de fora: {problems}</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="255"/>
        <source>Clear sky mapped on the fields: turn on the Temporal Controller to see one date at a time.</source>
        <translation>Céu limpo mapeado nos talhões: ative o Controlador Temporal para ver uma data por vez.</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="290"/>
        <source>{shown} footprints shown.</source>
        <translation>{shown} footprints exibidos.</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="295"/>
        <source>every one of {fields} fields</source>
        <translation>cada um dos {fields} talhões</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="295"/>
        <source>any of {fields} fields</source>
        <translation>algum dos {fields} talhões</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="306"/>
        <source>{passing} of {total} items ≥ {threshold} % clear over {over}</source>
        <translation>{passing} de {total} itens ≥ {threshold} % de céu limpo em {over}</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="310"/>
        <source>; {shown} shown from {first} to {last}</source>
        <translation>; {shown} exibidos de {first} a {last}</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="320"/>
        <source>the tiles</source>
        <translation>os tiles</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="324"/>
        <source>the fields</source>
        <translation>os talhões</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="337"/>
        <source>Count, in each footprint&apos;s cloud mask, the clear pixels over each field of the search area</source>
        <translation>Contar, na máscara de nuvem de cada footprint, os pixels de céu limpo sobre cada talhão da área de busca</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="337"/>
        <source>Choose fields as the search area first (Area: features of a layer)</source>
        <translation>Escolha primeiro talhões como área de busca (Área: feições de uma camada)</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="90"/>
        <source>Connection settings</source>
        <translation>Configurações de conexão</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="103"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../stac/paging.py" line="178"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="109"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="111"/>
        <source>Copy this search as pystac-client Python code (credentials left out)</source>
        <translation>Copiar esta busca como código Python do pystac-client (sem as credenciais)</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="113"/>
        <source>Load imagery with cloud mask</source>
        <translation>Carregar imagens com máscara de nuvem</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="133"/>
        <source>Add the true-colour image of each selected footprint with its cloud mask above it</source>
        <translation>Adicionar a imagem em cor verdadeira de cada footprint selecionado com sua máscara de nuvem por cima</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="114"/>
        <source>Load cloud masks</source>
        <translation>Carregar máscaras de nuvem</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="138"/>
        <source>Add the cloud masks of the selected footprints (or all) as raster layers</source>
        <translation>Adicionar as máscaras de nuvem dos footprints selecionados (ou de todos) como camadas raster</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="143"/>
        <source>Show or hide every cloud mask, to compare</source>
        <translation>Mostrar ou ocultar todas as máscaras de nuvem, para comparar</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="149"/>
        <source>Download assets of the selected footprints…</source>
        <translation>Baixar os assets dos footprints selecionados…</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="233"/>
        <source>Not connected: {error}</source>
        <translation>Não conectado: {error}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="215"/>
        <source>{url}: not signed in — set a client id and secret in the settings (⚙).</source>
        <translation>{url}: sem login — defina um client id e um secret nas configurações (⚙).</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="222"/>
        <source>{url}: connecting…</source>
        <translation>{url}: conectando…</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="236"/>
        <source>Signed in to {url} ({source})</source>
        <translation>Conectado a {url} ({source})</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="274"/>
        <source>Search copied as Python code.</source>
        <translation>Busca copiada como código Python.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="294"/>
        <source>No items. The catalog does not list {names} among the properties it can filter on, and answers such queries with nothing rather than an error: check the spelling.</source>
        <translation>Nenhum item. O catálogo não lista {names} entre as propriedades que pode filtrar, e responde a essas consultas com nada em vez de um erro: verifique a grafia.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="319"/>
        <source>{shown} of {total} footprints shown: the clear-sky filter or the calendar hides the others</source>
        <translation>{shown} de {total} footprints exibidos: o filtro de céu limpo ou o calendário oculta os demais</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="337"/>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="338"/>
        <source>Search saved as &apos;{name}&apos; in {where}.</source>
        <translation>Busca salva como '{name}' em {where}.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="348"/>
        <source>The saved search &apos;{name}&apos; cannot be read: {error}</source>
        <translation>A busca salva '{name}' não pode ser lida: {error}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="356"/>
        <source>Saved search &apos;{name}&apos;: {problem}</source>
        <translation>Busca salva '{name}': {problem}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="381"/>
        <source>Select footprints first: imagery loads for the selected ones.</source>
        <translation>Selecione footprints primeiro: as imagens são carregadas para os selecionados.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="388"/>
        <source>Load the imagery of {count} footprints? Each adds two layers.</source>
        <translation>Carregar as imagens de {count} footprints? Cada um adiciona duas camadas.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="405"/>
        <source>Search first: masks load for the footprints found.</source>
        <translation>Faça uma busca primeiro: as máscaras são carregadas para os footprints encontrados.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="416"/>
        <source>Load the cloud masks of all {count} footprints? Each mask is a raster layer. Select footprints to load fewer.</source>
        <translation>Carregar as máscaras de nuvem de todos os {count} footprints? Cada máscara é uma camada raster. Selecione footprints para carregar menos.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="438"/>
        <source>Select footprints to download from.</source>
        <translation>Selecione os footprints dos quais baixar.</translation>
    </message>
    <message>
        <location filename="../gui/footprint_keeper.py" line="73"/>
        <source>Only a project saved as a file keeps its search footprints beside it: this one will not find them once QGIS closes.</source>
        <translation>Só um projeto salvo como arquivo guarda os footprints das buscas ao seu lado: este não os encontrará depois que o QGIS fechar.</translation>
    </message>
    <message>
        <location filename="../gui/footprint_keeper.py" line="97"/>
        <source>The footprints in {path} could not be saved beside the project: {error}</source>
        <translation>Os footprints em {path} não puderam ser salvos ao lado do projeto: {error}</translation>
    </message>
    <message>
        <location filename="../gui/footprint_keeper.py" line="114"/>
        <source>{error}. The project will not find these footprints once QGIS closes.</source>
        <translation>{error}. O projeto não encontrará estes footprints depois que o QGIS fechar.</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="100"/>
        <source>{count} cloud mask layers added</source>
        <translation>{count} camadas de máscara de nuvem adicionadas</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="100"/>
        <source>{count} without</source>
        <translation>{count} sem máscara</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{images} and {masks} added</source>
        <translation>{images} e {masks} adicionadas</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{n} image</source>
        <translation>{n} imagem</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{n} images</source>
        <translation>{n} imagens</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{n} cloud mask</source>
        <translation>{n} máscara de nuvem</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="136"/>
        <source>{n} cloud masks</source>
        <translation>{n} máscaras de nuvem</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="172"/>
        <source>{layers} added</source>
        <translation>{layers} adicionada(s)</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="172"/>
        <source>{n} asset layer</source>
        <translation>{n} camada de asset</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="172"/>
        <source>{n} asset layers</source>
        <translation>{n} camadas de assets</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="216"/>
        <source>{files} downloaded ({size})</source>
        <translation>{files} baixado(s) ({size})</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="216"/>
        <source>{n} file</source>
        <translation>{n} arquivo</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="216"/>
        <source>{n} files</source>
        <translation>{n} arquivos</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="221"/>
        <source>, {count} already there</source>
        <translation>, {count} já existentes</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="223"/>
        <source>; {count} without a checksum to check them by</source>
        <translation>; {count} sem checksum para verificá-los</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="227"/>
        <source>Download cancelled: {summary}; run it again to resume</source>
        <translation>Download cancelado: {summary}; execute-o de novo para retomar</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="244"/>
        <source>{n} problem</source>
        <translation>{n} problema</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="244"/>
        <source>{n} problems</source>
        <translation>{n} problemas</translation>
    </message>
    <message>
        <location filename="../gui/item_actions.py" line="245"/>
        <source>; {problems} (see the log)</source>
        <translation>; {problems} (veja o log)</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="123"/>
        <source>Asset layers keep their links: {why}</source>
        <translation>As camadas de assets mantêm seus links: {why}</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="144"/>
        <source>not signed in.</source>
        <translation>sem login.</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="169"/>
        <source>Could not renew asset links: {error}</source>
        <translation>Não foi possível renovar os links dos assets: {error}</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="194"/>
        <source>{layer}: links not renewed: {error}</source>
        <translation>{layer}: links não renovados: {error}</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="217"/>
        <source>{layer}: not reopened: {error}</source>
        <translation>{layer}: não reaberta: {error}</translation>
    </message>
    <message>
        <location filename="../gui/link_renewal.py" line="224"/>
        <source>{layer}: the catalog no longer has {asset} of {item}.</source>
        <translation>{layer}: o catálogo não tem mais o asset {asset} de {item}.</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Date (UTC)</source>
        <translation>Data (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Cloud %</source>
        <translation>Nuvens %</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Clear % (fields)</source>
        <translation>Limpo % (talhões)</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Collection</source>
        <translation>Coleção</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="18"/>
        <source>Mask</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="44"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../gui/results_model.py" line="44"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="112"/>
        <source>Zoom to item</source>
        <translation>Zoom no item</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="119"/>
        <source>Assets of this item…</source>
        <translation>Assets deste item…</translation>
    </message>
    <message>
        <location filename="../gui/results_view.py" line="122"/>
        <source>Download assets…</source>
        <translation>Baixar assets…</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="46"/>
        <source>Save search</source>
        <translation>Salvar busca</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="48"/>
        <source>What to call it in the list</source>
        <translation>Como chamá-la na lista</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="203"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="52"/>
        <source>In this project</source>
        <translation>Neste projeto</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="52"/>
        <source>Kept in the project file: for everyone who opens it</source>
        <translation>Guardada no arquivo do projeto: para todos que o abrirem</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="58"/>
        <source>In my profile</source>
        <translation>No meu perfil</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="58"/>
        <source>Kept in your QGIS profile: in every project</source>
        <translation>Guardada no seu perfil do QGIS: em todos os projetos</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="101"/>
        <source>Saved searches</source>
        <translation>Buscas salvas</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="106"/>
        <source>Click a search to put its filters and area back</source>
        <translation>Clique numa busca para restaurar seus filtros e sua área</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="114"/>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="114"/>
        <source>Name the search as it is now</source>
        <translation>Dar nome à busca como está agora</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="117"/>
        <source>Run since last run</source>
        <translation>Executar desde a última execução</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="117"/>
        <source>Search again from the time this search last ran (as saved, the first time)</source>
        <translation>Buscar de novo a partir da última execução desta busca (como salva, na primeira vez)</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="122"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="123"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="153"/>
        <source>not run from this list yet</source>
        <translation>ainda não executada desta lista</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="155"/>
        <source>last run {time} UTC</source>
        <translation>última execução {time} UTC</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="156"/>
        <source>Over {area}; {last}</source>
        <translation>Sobre {area}; {last}</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="195"/>
        <source>Replace the saved search &apos;{name}&apos;?</source>
        <translation>Substituir a busca salva '{name}'?</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="203"/>
        <source>Rename saved search</source>
        <translation>Renomear busca salva</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="211"/>
        <source>{where} has a search &apos;{name}&apos; already.</source>
        <translation>{where} já tem uma busca '{name}'.</translation>
    </message>
    <message>
        <location filename="../gui/saved_searches_panel.py" line="225"/>
        <source>Delete the saved search &apos;{name}&apos; from {where}?</source>
        <translation>Excluir a busca salva '{name}' de {where}?</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="19"/>
        <source>this project</source>
        <translation>este projeto</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="19"/>
        <source>your profile</source>
        <translation>seu perfil</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="41"/>
        <source>Map canvas extent</source>
        <translation>Extensão da tela do mapa</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="41"/>
        <source>Selected features of a layer</source>
        <translation>Feições selecionadas de uma camada</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="41"/>
        <source>All features of a layer</source>
        <translation>Todas as feições de uma camada</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="90"/>
        <source>Search the map canvas extent, or over fields</source>
        <translation>Buscar na extensão da tela do mapa, ou sobre talhões</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="96"/>
        <source>The polygon layer whose features are the fields</source>
        <translation>A camada de polígonos cujas feições são os talhões</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="103"/>
        <source>The search area</source>
        <translation>A área de busca</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="105"/>
        <source>Show the search area on the map</source>
        <translation>Mostrar a área de busca no mapa</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="185"/>
        <source>Its extent cannot be shown in the map&apos;s coordinate reference system.</source>
        <translation>Sua extensão não pode ser exibida no sistema de referência de coordenadas do mapa.</translation>
    </message>
    <message>
        <location filename="../gui/search_area.py" line="198"/>
        <source>Its fields layer, {layer}, is no longer in this project: its filters are back; choose the fields again.</source>
        <translation>Sua camada de talhões, {layer}, não está mais neste projeto: os filtros foram restaurados; escolha os talhões de novo.</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="59"/>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="88"/>
        <source>Collections to search (tick one or more)</source>
        <translation>Coleções a buscar (marque uma ou mais)</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="92"/>
        <source>Collections</source>
        <translation>Coleções</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="96"/>
        <source>From (UTC); clear it to leave open</source>
        <translation>De (UTC); limpe para deixar em aberto</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="97"/>
        <source>Until (UTC); clear it to leave open</source>
        <translation>Até (UTC); limpe para deixar em aberto</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="98"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="99"/>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="100"/>
        <source>Maximum cloud cover; 100 % searches without it</source>
        <translation>Cobertura de nuvens máxima; 100 % busca sem esse filtro</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="106"/>
        <source>Max cloud cover</source>
        <translation>Cobertura de nuvens máx.</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="107"/>
        <source>Only items with a cloud mask</source>
        <translation>Só itens com máscara de nuvem</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="107"/>
        <source>Adds eda:ag_cloud_mask_available = true to the query</source>
        <translation>Adiciona eda:ag_cloud_mask_available = true à consulta</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="132"/>
        <source>More filters</source>
        <translation>Mais filtros</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="136"/>
        <source>Query extension, JSON: {&quot;eda:status&quot;: {&quot;eq&quot;: &quot;PUBLISHED&quot;}}</source>
        <translation>Extensão query, em JSON: {&quot;eda:status&quot;: {&quot;eq&quot;: &quot;PUBLISHED&quot;}}</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="143"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="144"/>
        <source>Sort by this property</source>
        <translation>Ordenar por esta propriedade</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="145"/>
        <source>Descending</source>
        <translation>Decrescente</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="152"/>
        <source>Sort</source>
        <translation>Ordenação</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="153"/>
        <source>Items per request (the API&apos;s limit)</source>
        <translation>Itens por requisição (o limit da API)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="146"/>
        <source>Page size</source>
        <translation>Tamanho da página</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="159"/>
        <source>Stop after this many items; 0 = all matches</source>
        <translation>Parar depois de tantos itens; 0 = todos os resultados</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="163"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="165"/>
        <source>Max items</source>
        <translation>Itens máx.</translation>
    </message>
    <message>
        <location filename="../gui/search_form.py" line="166"/>
        <source>Item ids, one per line or comma-separated</source>
        <translation>Ids de itens, um por linha ou separados por vírgulas</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="156"/>
        <source>Item ids</source>
        <translation>Ids de itens</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="113"/>
        <source>Not searched: {error}</source>
        <translation>Busca não feita: {error}</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="128"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="197"/>
        <source> of {matched} matched</source>
        <translation> de {matched} encontrados</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="200"/>
        <source>{count} shown{matched}</source>
        <translation>{count} exibidos{matched}</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="204"/>
        <source>Cancelled: {count} kept{matched}</source>
        <translation>Cancelado: {count} mantidos{matched}</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="206"/>
        <source>Failed after {count} items: {error}</source>
        <translation>Falhou após {count} itens: {error}</translation>
    </message>
    <message>
        <location filename="../gui/search_runner.py" line="210"/>
        <source>No items match these filters in this area.</source>
        <translation>Nenhum item corresponde a estes filtros nesta área.</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="33"/>
        <source>stored — leave empty to keep it</source>
        <translation>armazenado — deixe vazio para mantê-lo</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="44"/>
        <source>EarthPlatform settings</source>
        <translation>Configurações do EarthPlatform</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="64"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="70"/>
        <source>STAC API URL</source>
        <translation>URL da API STAC</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="71"/>
        <source>Token URL</source>
        <translation>URL do token</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="72"/>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="73"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="78"/>
        <source>How many search requests may be sent at once: a long period is searched in parts at the same time. 1 asks for one page after another.</source>
        <translation>Quantas requisições de busca podem ser enviadas ao mesmo tempo: um período longo é buscado em partes simultâneas. 1 pede uma página após a outra.</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="87"/>
        <source>(1: one page at a time)</source>
        <translation>(1: uma página por vez)</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="89"/>
        <source>Requests at once</source>
        <translation>Requisições simultâneas</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="92"/>
        <source>none: the catalog&apos;s own server only</source>
        <translation>nenhum: só o próprio servidor do catálogo</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="93"/>
        <source>Other servers the catalog&apos;s links may lead to (e.g. https://data.example.com), separated by spaces. They are asked without your access token. A link to any other server stops the search with a message.</source>
        <translation>Outros servidores para os quais os links do catálogo podem levar (p. ex. https://data.example.com), separados por espaços. Eles são consultados sem o seu token de acesso. Um link para qualquer outro servidor interrompe a busca com uma mensagem.</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="100"/>
        <source>Trusted servers</source>
        <translation>Servidores confiáveis</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="129"/>
        <source>Trusted servers: {servers} is no http(s) URL (write e.g. https://data.example.com).</source>
        <translation>Servidores confiáveis: {servers} não é uma URL http(s) (escreva p. ex. https://data.example.com).</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="151"/>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="59"/>
        <source>Search EarthDaily&apos;s EarthPlatform catalog</source>
        <translation>Buscar no catálogo EarthPlatform da EarthDaily</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="130"/>
        <source>{label} is not a valid date and time.</source>
        <translation>{label} não é uma data e hora válida.</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="172"/>
        <source>No EarthPlatform connection is configured: sign in from the EarthPlatform dock&apos;s settings, or set the EDS_CLIENT_ID and EDS_SECRET environment variables (or a ~/.earthdaily/credentials file).</source>
        <translation>Nenhuma conexão EarthPlatform está configurada: faça login nas configurações do painel EarthPlatform, ou defina as variáveis de ambiente EDS_CLIENT_ID e EDS_SECRET (ou um arquivo ~/.earthdaily/credentials).</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="192"/>
        <source>the whole world</source>
        <translation>o mundo inteiro</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="193"/>
        <source>{count} item ids</source>
        <translation>{count} ids de itens</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="194"/>
        <source>Searching {what} from {start} to {end} over {area}</source>
        <translation>Buscando {what} de {start} a {end} sobre {area}</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="202"/>
        <source>The search cannot be sent: {error}</source>
        <translation>A busca não pode ser enviada: {error}</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="219"/>
        <source>The EarthPlatform search failed: {error}</source>
        <translation>A busca no EarthPlatform falhou: {error}</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="279"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../processing/common.py" line="232"/>
        <source>… and {count} more like these</source>
        <translation>… e mais {count} como estes</translation>
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
        <translation>&lt;p&gt;Baixa assets de itens do EarthPlatform para uma pasta, como o painel EarthPlatform
faz: &lt;code&gt;&amp;lt;pasta&amp;gt;/&amp;lt;id do item&amp;gt;/&amp;lt;asset&amp;gt;.&amp;lt;extensão&amp;gt;&lt;/code&gt;, o JSON de cada item
ao lado dos seus arquivos, e um &lt;code&gt;catalog.json&lt;/code&gt; que faz da pasta um catálogo STAC.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Footprints&lt;/b&gt;: uma camada de footprints criada pelo painel ou por &lt;i&gt;Buscar itens&lt;/i&gt; (sua
coluna item_json); com &lt;i&gt;Somente feições selecionadas&lt;/i&gt;, só essas. Ou &lt;b&gt;ids de itens&lt;/b&gt;,
separados por vírgulas, espaços ou quebras de linha, procurados no catálogo.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Assets&lt;/b&gt;: chaves de assets, separadas por vírgulas, p. ex. &lt;code&gt;red, green, blue&lt;/code&gt; ou
&lt;code&gt;scl&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;Um arquivo já completo na pasta é mantido; um interrompido é retomado de onde
parou; os bytes são conferidos com o file:checksum e o file:size do item quando ele os
tem; um link expirado é assinado de novo pelo catálogo. A falha de um arquivo não interrompe os
demais. Cancelar mantém o que está completo.&lt;/p&gt;
&lt;p&gt;O relatório: uma linha por item e asset: status (downloaded, already there, failed,
missing), path, bytes, checksum (verified, ou not checked), note (por que falhou ou
está ausente).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="84"/>
        <source>Download assets</source>
        <translation>Baixar assets</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="159"/>
        <source>Footprints</source>
        <translation>Footprints</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="93"/>
        <source>Or item ids</source>
        <translation>Ou ids de itens</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="96"/>
        <source>Assets (keys, comma-separated)</source>
        <translation>Assets (chaves, separadas por vírgulas)</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="99"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="100"/>
        <source>Download report</source>
        <translation>Relatório de download</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="106"/>
        <source>Choose a footprint layer, or enter item ids, to say which items to download.</source>
        <translation>Escolha uma camada de footprints, ou informe ids de itens, para dizer quais itens baixar.</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="131"/>
        <source>Downloading {files} files of {items} items to {folder}</source>
        <translation>Baixando {files} arquivos de {items} itens para {folder}</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="145"/>
        <source>Cancelled: the files complete so far are kept.</source>
        <translation>Cancelado: os arquivos completos até agora são mantidos.</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="147"/>
        <source>Cancelled before any download: the report is left empty.</source>
        <translation>Cancelado antes de qualquer download: o relatório fica vazio.</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="164"/>
        <source>{written} files downloaded ({bytes} bytes), {present} already there, {failed} failed, {missing} missing</source>
        <translation>{written} arquivos baixados ({bytes} bytes), {present} já existentes, {failed} com falha, {missing} ausentes</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="181"/>
        <source>Enter at least one asset key under Assets, e.g. red, green, blue.</source>
        <translation>Informe ao menos uma chave de asset em Assets, p. ex. red, green, blue.</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="204"/>
        <source>{id}: not in the catalog</source>
        <translation>{id}: não está no catálogo</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="217"/>
        <source>&apos;{layer}&apos; is not a footprint layer: it has no {column} column (make one with the EarthPlatform dock or Search items).</source>
        <translation>'{layer}' não é uma camada de footprints: não tem a coluna {column} (crie uma com o painel EarthPlatform ou Buscar itens).</translation>
    </message>
    <message>
        <location filename="../processing/download_assets.py" line="231"/>
        <source>{count} footprints have no readable {column}: left out</source>
        <translation>{count} footprints sem {column} legível: deixados de fora</translation>
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
        <translation>&lt;p&gt;Quanto céu limpo cada talhão teve em cada imagem de um período: uma linha por talhão
e item do EarthPlatform cujo footprint o toca, contada pixel a pixel na máscara de nuvem
do item (a máscara de nuvem agrícola quando o item tem uma, senão a máscara de nuvem EDA, senão
a classificação de cena do Sentinel-2).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Talhões&lt;/b&gt;: uma camada de polígonos; com &lt;i&gt;Somente feições selecionadas&lt;/i&gt;, só essas. Polígonos
inválidos são corrigidos (a nota da linha diz isso); feições sem área são deixadas de fora, com um
aviso. &lt;b&gt;Atributo de id do talhão&lt;/b&gt; nomeia os talhões na tabela (o id da feição quando vazio).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Coleções&lt;/b&gt;: ids de coleções, separados por vírgulas. &lt;b&gt;Início&lt;/b&gt; e &lt;b&gt;Fim&lt;/b&gt; limitam
a data de aquisição, em UTC; uma data sozinha significa 00:00 UTC daquele dia. &lt;b&gt;Cobertura de nuvens
máxima do tile&lt;/b&gt; descarta itens cuja cobertura de nuvens do tile inteiro (eo:cloud_cover) é maior, antes de qualquer
contagem; 100 mantém todos os itens. &lt;b&gt;Céu limpo mínimo&lt;/b&gt; deixa de fora as linhas dos talhões que
tiveram menos céu limpo que isso, em porcentagem dos seus pixels válidos; linhas sem valor (sem máscara
legível, talhão fora da máscara) só são mantidas quando ele é 0.&lt;/p&gt;
&lt;p&gt;Colunas: field_id, item_id, collection, datetime (UTC), mask (agriculture, eda ou scl),
clear_pct (céu limpo), cloud_pct (nuvem), shadow_pct (sombra de nuvem), other_pct (outros), em porcentagem de valid_px, valid_px (os
pixels do talhão com um valor de máscara), field_px (os pixels do talhão), note (o que há de incomum na linha).&lt;/p&gt;
&lt;p&gt;Um item cuja máscara de nuvem não pode ser lida (ausente, recusada, danificada) não interrompe a contagem:
suas linhas ficam sem valores, a nota diz por quê, e o log nomeia o item.&lt;/p&gt;
&lt;p&gt;Faz login como o painel EarthPlatform: as credenciais salvas nas suas configurações (Gerenciador de
Autenticação do QGIS), senão as variáveis de ambiente EDS_CLIENT_ID e EDS_SECRET, senão
~/.earthdaily/credentials.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="109"/>
        <source>Fields</source>
        <translation>Talhões</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="112"/>
        <source>Field id attribute</source>
        <translation>Atributo de id do talhão</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="108"/>
        <source>Collections (ids, comma-separated)</source>
        <translation>Coleções (ids, separados por vírgulas)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="116"/>
        <source>Start (UTC)</source>
        <translation>Início (UTC)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="119"/>
        <source>End (UTC)</source>
        <translation>Fim (UTC)</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="127"/>
        <source>Maximum tile cloud cover (%)</source>
        <translation>Cobertura de nuvens máxima do tile (%)</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="127"/>
        <source>Minimum clear sky over the field (%)</source>
        <translation>Céu limpo mínimo sobre o talhão (%)</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="136"/>
        <source>Clear sky table</source>
        <translation>Tabela de céu limpo</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="165"/>
        <source>Cancelled: the table is left empty.</source>
        <translation>Cancelado: a tabela fica vazia.</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="172"/>
        <source>Field {id}: no item found covers it</source>
        <translation>Talhão {id}: nenhum item encontrado o cobre</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="188"/>
        <source>Enter at least one collection id under Collections, e.g. {example}.</source>
        <translation>Informe ao menos um id de coleção em Coleções, p. ex. {example}.</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="221"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="221"/>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="215"/>
        <source>{count} items found; counting clear sky under their cloud masks</source>
        <translation>{count} itens encontrados; contando céu limpo sob suas máscaras de nuvem</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="247"/>
        <source>Counting clear sky failed: {error}</source>
        <translation>A contagem de céu limpo falhou: {error}</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="307"/>
        <source> and {count} more</source>
        <translation> e mais {count}</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="308"/>
        <source>field</source>
        <translation>talhão</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="308"/>
        <source>fields</source>
        <translation>talhões</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="321"/>
        <source>{rows} rows for {fields} fields over {items} items</source>
        <translation>{rows} linhas para {fields} talhões em {items} itens</translation>
    </message>
    <message>
        <location filename="../processing/field_clear_sky.py" line="326"/>
        <source> ({count} rows below {threshold}% clear sky left out)</source>
        <translation> ({count} linhas abaixo de {threshold}% de céu limpo deixadas de fora)</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="43"/>
        <source>&apos;{layer}&apos; is not a polygon layer: fields must be polygons.</source>
        <translation>'{layer}' não é uma camada de polígonos: talhões devem ser polígonos.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="47"/>
        <source>&apos;{layer}&apos; has no coordinate reference system: set one in its Layer Properties.</source>
        <translation>'{layer}' não tem sistema de referência de coordenadas: defina um nas Propriedades da camada.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="56"/>
        <source>&apos;{layer}&apos; has no attribute &apos;{attribute}&apos;.</source>
        <translation>'{layer}' não tem o atributo '{attribute}'.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="65"/>
        <source>Left out {reason}</source>
        <translation>Deixado de fora: {reason}</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="75"/>
        <source>No features of &apos;{name}&apos; are selected.</source>
        <translation>Nenhuma feição de '{name}' está selecionada.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="75"/>
        <source>&apos;{name}&apos; has no features.</source>
        <translation>'{name}' não tem feições.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="81"/>
        <source>No feature of &apos;{name}&apos; has a usable polygon: {reasons}.</source>
        <translation>Nenhuma feição de '{name}' tem um polígono utilizável: {reasons}.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="90"/>
        <source>{count} field ids belong to more than one feature ({ids}): choose a Field id attribute that is unique.</source>
        <translation>{count} ids de talhão pertencem a mais de uma feição ({ids}): escolha um atributo de id do talhão que seja único.</translation>
    </message>
    <message>
        <location filename="../processing/fields_input.py" line="107"/>
        <source>The fields cannot be searched over: {error}.</source>
        <translation>Não é possível buscar sobre os talhões: {error}.</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="30"/>
        <source>{title}: EarthDaily&apos;s STAC catalog</source>
        <translation>{title}: o catálogo STAC da EarthDaily</translation>
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
        <translation>&lt;p&gt;Busca no catálogo do EarthPlatform como o painel EarthPlatform faz e grava um
footprint por item, com as colunas do painel (id, collection, datetime como texto UTC, eo:cloud_cover,
platform, o indicador e os ids da máscara de nuvem, miniatura, link self e o JSON do item) e, depois de
carregada, a aparência do painel: contornos coloridos pela cobertura de nuvens, uma data para o controlador temporal,
a miniatura como dica do mapa.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Área de busca&lt;/b&gt;: uma &lt;b&gt;extensão&lt;/b&gt; (em qualquer SRC), ou &lt;b&gt;talhões&lt;/b&gt;, uma camada de polígonos (com
&lt;i&gt;Somente feições selecionadas&lt;/i&gt;, só essas) cujo contorno é buscado; os talhões prevalecem quando ambos
são informados. Nenhum dos dois: o mundo inteiro.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Coleções&lt;/b&gt;: ids de coleções, separados por vírgulas (pode ficar vazio quando ids de itens são
informados). &lt;b&gt;Início&lt;/b&gt; e &lt;b&gt;Fim&lt;/b&gt; limitam a data de aquisição em UTC; qualquer um pode ficar vazio.
&lt;b&gt;Cobertura de nuvens máxima&lt;/b&gt; (eo:cloud_cover, %): 100 mantém todos os itens. &lt;b&gt;Só itens com máscara
de nuvem agrícola&lt;/b&gt; mantém aqueles cujo eda:ag_cloud_mask_available é verdadeiro.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Consulta&lt;/b&gt;: mais filtros de propriedades no JSON da extensão query do STAC, p. ex.
&lt;code&gt;{&quot;platform&quot;: {&quot;eq&quot;: &quot;sentinel-2a&quot;}}&lt;/code&gt;. &lt;b&gt;Ordenar por&lt;/b&gt;: uma propriedade (datetime,
eo:cloud_cover, id…), decrescente ou não; vazio mantém a ordem do catálogo. &lt;b&gt;Tamanho da página&lt;/b&gt;:
itens pedidos por requisição (1 a 10.000). &lt;b&gt;Máximo de itens&lt;/b&gt;: 0 para todos os resultados. &lt;b&gt;Ids
de itens&lt;/b&gt;: separados por vírgulas, espaços ou quebras de linha.&lt;/p&gt;
&lt;p&gt;Faz login como o painel EarthPlatform: as credenciais salvas nas suas configurações (Gerenciador de
Autenticação do QGIS), senão as variáveis de ambiente EDS_CLIENT_ID e EDS_SECRET, senão
~/.earthdaily/credentials. Sai pelo proxy do QGIS.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="96"/>
        <source>Search items</source>
        <translation>Buscar itens</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="102"/>
        <source>Search extent</source>
        <translation>Extensão da busca</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="103"/>
        <source>Or search over fields (polygons)</source>
        <translation>Ou buscar sobre talhões (polígonos)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="122"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Cobertura de nuvens máxima (%)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="132"/>
        <source>Only items with an agriculture cloud mask</source>
        <translation>Só itens com máscara de nuvem agrícola</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="137"/>
        <source>Query (STAC query extension, JSON)</source>
        <translation>Consulta (extensão query do STAC, JSON)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="142"/>
        <source>Sort by (a property)</source>
        <translation>Ordenar por (uma propriedade)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="151"/>
        <source>Maximum items (0: all)</source>
        <translation>Máximo de itens (0: todos)</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="200"/>
        <source>Cancelled: {count} footprints written before it.</source>
        <translation>Cancelado: {count} footprints gravados antes disso.</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="206"/>
        <source>{count} footprints written.</source>
        <translation>{count} footprints gravados.</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="217"/>
        <source>Query: {problems}</source>
        <translation>Consulta: {problems}</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="257"/>
        <source>The extent cannot be searched: {error}</source>
        <translation>Não é possível buscar na extensão: {error}</translation>
    </message>
    <message>
        <location filename="../processing/search_items.py" line="274"/>
        <source>The footprints keep QGIS&apos;s default look: {error}</source>
        <translation>Os footprints mantêm a aparência padrão do QGIS: {error}</translation>
    </message>
    <message>
        <location filename="../credentials.py" line="45"/>
        <source>The QGIS Authentication Manager did not store the credentials. Is its master password set?</source>
        <translation>O Gerenciador de Autenticação do QGIS não armazenou as credenciais. A senha mestra dele está definida?</translation>
    </message>
    <message>
        <location filename="../credentials.py" line="61"/>
        <source>The stored EarthPlatform credentials (auth config {authcfg}) could not be read. Unlock the QGIS Authentication Manager with its master password.</source>
        <translation>As credenciais do EarthPlatform armazenadas (configuração de autenticação {authcfg}) não puderam ser lidas. Desbloqueie o Gerenciador de Autenticação do QGIS com a senha mestra.</translation>
    </message>
    <message>
        <location filename="../credentials.py" line="76"/>
        <source>{path} is not a valid INI file: {error}</source>
        <translation>{path} não é um arquivo INI válido: {error}</translation>
    </message>
    <message>
        <location filename="../credentials.py" line="119"/>
        <source>QGIS Authentication Manager (config {authcfg})</source>
        <translation>Gerenciador de Autenticação do QGIS (configuração {authcfg})</translation>
    </message>
    <message>
        <location filename="../credentials.py" line="126"/>
        <source>environment variables EDS_CLIENT_ID/EDS_SECRET</source>
        <translation>variáveis de ambiente EDS_CLIENT_ID/EDS_SECRET</translation>
    </message>
    <message>
        <location filename="../credentials.py" line="138"/>
        <source>settings</source>
        <translation>configurações</translation>
    </message>
    <message>
        <location filename="../gui/clearsky_panel.py" line="251"/>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <location filename="../tasks/search.py" line="53"/>
        <source>item ids</source>
        <translation>ids de itens</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="98"/>
        <source>The fields have no valid coordinate reference system</source>
        <translation>Os talhões não têm um sistema de referência de coordenadas válido</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="104"/>
        <source>There are no fields to search</source>
        <translation>Não há talhões para buscar</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="153"/>
        <source>all longitudes, {latitudes}</source>
        <translation>todas as longitudes, {latitudes}</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="156"/>
        <source>{longitudes} (across the antimeridian), {latitudes}</source>
        <translation>{longitudes} (atravessando o antimeridiano), {latitudes}</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="179"/>
        <source>The map has no valid coordinate reference system</source>
        <translation>O mapa não tem um sistema de referência de coordenadas válido</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="182"/>
        <source>The map extent is not a finite area</source>
        <translation>A extensão do mapa não é uma área finita</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="184"/>
        <source>The map extent is empty</source>
        <translation>A extensão do mapa está vazia</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="192"/>
        <source>The map extent cannot be converted to longitude/latitude</source>
        <translation>A extensão do mapa não pode ser convertida para longitude/latitude</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="247"/>
        <source>A field cannot be converted to longitude/latitude</source>
        <translation>Um talhão não pode ser convertido para longitude/latitude</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="250"/>
        <source>A field lies beyond the poles: is its layer&apos;s CRS the right one?</source>
        <translation>Um talhão fica além dos polos: o SRC da camada dele é o correto?</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="452"/>
        <source>The map extent is too small to search</source>
        <translation>A extensão do mapa é pequena demais para buscar</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="537"/>
        <source>{degrees}°W</source>
        <translation>{degrees}°O</translation>
    </message>
    <message>
        <location filename="../map/area.py" line="537"/>
        <source>{degrees}°E</source>
        <translation>{degrees}°L</translation>
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
        <translation>'{asset}' não tem link legível</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="49"/>
        <source>smaller than one mask pixel (no pixel centre inside the field)</source>
        <translation>menor que um pixel da máscara (nenhum centro de pixel dentro do talhão)</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="106"/>
        <source>outside the mask&apos;s extent</source>
        <translation>fora da extensão da máscara</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="108"/>
        <source>no valid mask pixel under the field (all no data)</source>
        <translation>nenhum pixel válido da máscara sob o talhão (todos sem dados)</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="110"/>
        <source>{outside} of {pixels} pixels outside the mask&apos;s extent</source>
        <translation>{outside} de {pixels} pixels fora da extensão da máscara</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="132"/>
        <source>the file has no raster band</source>
        <translation>o arquivo não tem banda raster</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="135"/>
        <source>the mask&apos;s grid is rotated, which is not supported</source>
        <translation>a grade da máscara está rotacionada, o que não é suportado</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="143"/>
        <source>the mask has no coordinate reference system</source>
        <translation>a máscara não tem sistema de referência de coordenadas</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="160"/>
        <source>the field cannot be placed on the mask&apos;s grid: {error}</source>
        <translation>o talhão não pode ser posicionado na grade da máscara: {error}</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="208"/>
        <source>the field cannot be rasterized: {error}</source>
        <translation>o talhão não pode ser rasterizado: {error}</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="193"/>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="215"/>
        <source>its values are {kind} numbers, not the whole-number classes of a mask</source>
        <translation>seus valores são números {kind}, não as classes inteiras de uma máscara</translation>
    </message>
    <message>
        <location filename="../map/clearsky.py" line="221"/>
        <source>it holds negative values, which no mask class has</source>
        <translation>ele contém valores negativos, que nenhuma classe de máscara tem</translation>
    </message>
    <message>
        <location filename="../map/clearsky_map.py" line="83"/>
        <source>{low}–{high} % clear</source>
        <translation>{low}–{high} % limpo</translation>
    </message>
    <message>
        <location filename="../map/clearsky_table.py" line="41"/>
        <source>clear sky</source>
        <translation>céu limpo</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="50"/>
        <source>{n} field of &apos;{layer}&apos; (selected)</source>
        <translation>{n} talhão de '{layer}' (selecionado)</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="50"/>
        <source>{n} fields of &apos;{layer}&apos; (selected)</source>
        <translation>{n} talhões de '{layer}' (selecionados)</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="55"/>
        <source>{n} field of &apos;{layer}&apos;</source>
        <translation>{n} talhão de '{layer}'</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="55"/>
        <source>{n} fields of &apos;{layer}&apos;</source>
        <translation>{n} talhões de '{layer}'</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="63"/>
        <source>Choose a polygon layer for the fields</source>
        <translation>Escolha uma camada de polígonos para os talhões</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="66"/>
        <source>&apos;{layer}&apos; is not a polygon layer: fields must be polygons</source>
        <translation>'{layer}' não é uma camada de polígonos: os talhões devem ser polígonos</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="70"/>
        <source>&apos;{layer}&apos; has no coordinate reference system: set one in its Layer Properties</source>
        <translation>'{layer}' não tem sistema de referência de coordenadas: defina um nas Propriedades da camada</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="76"/>
        <source>No features of &apos;{layer}&apos; are selected</source>
        <translation>Nenhuma feição de '{layer}' está selecionada</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="78"/>
        <source>&apos;{layer}&apos; has no features</source>
        <translation>'{layer}' não tem feições</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="95"/>
        <source>No feature of &apos;{layer}&apos; has a usable polygon: {reasons}</source>
        <translation>Nenhuma feição de '{layer}' tem um polígono utilizável: {reasons}</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="117"/>
        <source>field {id}: no geometry</source>
        <translation>talhão {id}: sem geometria</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="124"/>
        <source>geometry repaired ({reason})</source>
        <translation>geometria reparada ({reason})</translation>
    </message>
    <message>
        <location filename="../map/fields.py" line="126"/>
        <source>field {id}: the geometry has no area once repaired</source>
        <translation>talhão {id}: a geometria não tem área depois de reparada</translation>
    </message>
    <message>
        <location filename="../map/footprint_store.py" line="85"/>
        <source>{path} cannot be created: {reason}</source>
        <translation>{path} não pode ser criado: {reason}</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="141"/>
        <source>result {number}: skipped, not a STAC item (no id)</source>
        <translation>resultado {number}: ignorado, não é um item STAC (sem id)</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="148"/>
        <source>{item}: skipped, not a readable STAC item ({error})</source>
        <translation>{item}: ignorado, não é um item STAC legível ({error})</translation>
    </message>
    <message>
        <location filename="../tasks/layers.py" line="52"/>
        <source>{item}: {problem}</source>
        <translation>{item}: {problem}</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="178"/>
        <source>NUL characters and lone surrogates are shown as {replacement}</source>
        <translation>caracteres NUL e substitutos isolados são exibidos como {replacement}</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="187"/>
        <source>datetime {value} cannot be read in UTC (a year beyond 1-9999)</source>
        <translation>a data {value} não pode ser lida em UTC (um ano fora de 1-9999)</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="210"/>
        <source>no map outline: the geometry cannot be read</source>
        <translation>sem contorno no mapa: a geometria não pode ser lida</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="269"/>
        <source>datetime {value} cannot be read</source>
        <translation>a data {value} não pode ser lida</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="294"/>
        <source>{path} cannot be opened for writing: {reason}</source>
        <translation>{path} não pode ser aberto para escrita: {reason}</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="318"/>
        <source>start a transaction</source>
        <translation>iniciar uma transação</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="324"/>
        <source>commit a page</source>
        <translation>confirmar uma página</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="342"/>
        <source>write item {item}</source>
        <translation>gravar o item {item}</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="350"/>
        <source>{path}: cannot {doing}: {reason}</source>
        <translation>{path}: não foi possível {doing}: {reason}</translation>
    </message>
    <message>
        <location filename="../map/footprint_file.py" line="368"/>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <location filename="../map/footprint_store.py" line="111"/>
        <source>The footprints in {file} cannot be saved in {folder}: {error}</source>
        <translation>Os footprints de {file} não podem ser salvos em {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../map/footprint_store.py" line="184"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} não pode ser lido: {reason}</translation>
    </message>
    <message>
        <location filename="../map/footprint_store.py" line="195"/>
        <source>{path} was not written</source>
        <translation>{path} não foi gravado</translation>
    </message>
    <message>
        <location filename="../map/footprints.py" line="51"/>
        <source>{path} cannot be read as a footprint layer</source>
        <translation>{path} não pode ser lido como camada de footprints</translation>
    </message>
    <message>
        <location filename="../map/footprints.py" line="64"/>
        <source>{style} cannot be applied: {reason}</source>
        <translation>{style} não pode ser aplicado: {reason}</translation>
    </message>
    <message>
        <location filename="../map/footprints.py" line="76"/>
        <source>Cloud cover:</source>
        <translation>Cobertura de nuvens:</translation>
    </message>
    <message>
        <location filename="../map/footprints.py" line="76"/>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="53"/>
        <source>unknown GDAL error</source>
        <translation>erro desconhecido do GDAL</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>the server&apos;s name could not be found: check the network</source>
        <translation>o nome do servidor não foi encontrado: verifique a rede</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>the server could not be reached: check the network</source>
        <translation>o servidor não pôde ser alcançado: verifique a rede</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>the server did not answer in time</source>
        <translation>o servidor não respondeu a tempo</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>the download broke off: try again</source>
        <translation>o download foi interrompido: tente novamente</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>the download failed on a network error: try again</source>
        <translation>o download falhou por um erro de rede: tente novamente</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>the file cannot be reached</source>
        <translation>o arquivo não pode ser acessado</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>the file is not a GeoTIFF that can be read (it is damaged, or not an image at all)</source>
        <translation>o arquivo não é um GeoTIFF legível (está danificado, ou nem é uma imagem)</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="80"/>
        <source>part of the file could not be read: it is damaged or incomplete, or its download broke off</source>
        <translation>parte do arquivo não pôde ser lida: está danificado ou incompleto, ou o download foi interrompido</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="128"/>
        <source>an error</source>
        <translation>um erro</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="130"/>
        <source>the server answered {status} ({phrase}); try again later</source>
        <translation>o servidor respondeu {status} ({phrase}); tente novamente mais tarde</translation>
    </message>
    <message>
        <location filename="../map/gdal_failures.py" line="132"/>
        <source>the server answered {status} ({phrase})</source>
        <translation>o servidor respondeu {status} ({phrase})</translation>
    </message>
    <message>
        <location filename="../map/geometry.py" line="23"/>
        <source>no map outline: the item has no geometry</source>
        <translation>sem contorno no mapa: o item não tem geometria</translation>
    </message>
    <message>
        <location filename="../map/geometry.py" line="32"/>
        <source>no map outline: footprints are polygons, the geometry is a {kind}</source>
        <translation>sem contorno no mapa: footprints são polígonos, a geometria é do tipo {kind}</translation>
    </message>
    <message>
        <location filename="../map/geometry.py" line="36"/>
        <source>no map outline: the geometry is empty</source>
        <translation>sem contorno no mapa: a geometria está vazia</translation>
    </message>
    <message>
        <location filename="../map/geometry.py" line="40"/>
        <source>the geometry is not valid ({reason}); drawn as given</source>
        <translation>a geometria não é válida ({reason}); desenhada como recebida</translation>
    </message>
    <message>
        <location filename="../map/geometry.py" line="45"/>
        <source>the geometry crosses the antimeridian without being split</source>
        <translation>a geometria cruza o antimeridiano sem ser dividida</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="80"/>
        <source>True colour ({assets})</source>
        <translation>Cor verdadeira ({assets})</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="118"/>
        <source>{item} has no true-colour imagery: no readable &apos;visual&apos; asset, and no readable {assets} asset.</source>
        <translation>{item} não tem imagem em cor verdadeira: nenhum asset 'visual' legível, e nenhum asset {assets} legível.</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="123"/>
        <source>{item} has no true-colour imagery: no readable &apos;visual&apos; asset, and no readable {assets} assets.</source>
        <translation>{item} não tem imagem em cor verdadeira: nenhum asset 'visual' legível, e nenhum dos assets {assets} legível.</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="172"/>
        <source>The VRT of {item} cannot be written: {error}</source>
        <translation>O VRT de {item} não pode ser gravado: {error}</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="193"/>
        <source>The {assets} images of {item} cannot be opened: {reason}</source>
        <translation>As imagens {assets} de {item} não podem ser abertas: {reason}</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="328"/>
        <source>The true-colour image of {item}</source>
        <translation>A imagem em cor verdadeira de {item}</translation>
    </message>
    <message>
        <location filename="../map/imagery.py" line="331"/>
        <source>{what} has {count} band(s), not 3.</source>
        <translation>{what}: {count} banda(s), e não 3.</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="50"/>
        <source>Clear</source>
        <translation>Limpo</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="50"/>
        <source>Cloud</source>
        <translation>Nuvem</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Cloud shadow</source>
        <translation>Sombra de nuvem</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="62"/>
        <source>Thin cloud</source>
        <translation>Nuvem fina</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Saturated or defective</source>
        <translation>Saturado ou defeituoso</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Dark area or topographic shadow</source>
        <translation>Área escura ou sombra topográfica</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Vegetation</source>
        <translation>Vegetação</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Bare soil</source>
        <translation>Solo exposto</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Water</source>
        <translation>Água</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Unclassified</source>
        <translation>Não classificado</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Cloud, medium probability</source>
        <translation>Nuvem, probabilidade média</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Cloud, high probability</source>
        <translation>Nuvem, probabilidade alta</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Thin cirrus</source>
        <translation>Cirros finos</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="63"/>
        <source>Snow or ice</source>
        <translation>Neve ou gelo</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="231"/>
        <source>unreachable, or not in a format OGR reads</source>
        <translation>inacessível, ou em um formato que o OGR não lê</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="232"/>
        <source>{what} cannot be opened: {reason}</source>
        <translation>{what}: não foi possível abrir: {reason}</translation>
    </message>
    <message>
        <location filename="../map/rasters.py" line="239"/>
        <source>The {mask} of {item}</source>
        <translation>{mask} de {item}</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="40"/>
        <source>the map extent it was saved with</source>
        <translation>a extensão do mapa salva com ela</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="42"/>
        <source>the fields of {layer}</source>
        <translation>os talhões de {layer}</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="44"/>
        <source>the {n} selected field of {layer}</source>
        <translation>{n} talhão selecionado de {layer}</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="44"/>
        <source>the {n} selected fields of {layer}</source>
        <translation>os {n} talhões selecionados de {layer}</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="96"/>
        <source>A saved search in {place} cannot be read and is left out: {error}</source>
        <translation>Uma busca salva em {place} não pode ser lida e foi deixada de fora: {error}</translation>
    </message>
    <message>
        <location filename="../stac/assets.py" line="150"/>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <location filename="../stac/assets.py" line="153"/>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <location filename="../stac/assets.py" line="153"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../stac/assets.py" line="157"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="94"/>
        <source>Could not get an access token: {error}</source>
        <translation>Não foi possível obter um token de acesso: {error}</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="101"/>
        <source>The token service refused the client id and secret ({status}). Check them in the EarthPlatform settings.</source>
        <translation>O serviço de tokens recusou o client id e o secret ({status}). Verifique-os nas configurações do EarthPlatform.</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="108"/>
        <source>The token URL does not exist (HTTP 404): {url}</source>
        <translation>A URL do token não existe (HTTP 404): {url}</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="112"/>
        <source>The token service failed ({status}): {url}</source>
        <translation>O serviço de tokens falhou ({status}): {url}</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="121"/>
        <source>unknown content</source>
        <translation>conteúdo desconhecido</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="122"/>
        <source>The token URL answered with {kind}, not an access token. Check the token URL: {url}</source>
        <translation>A URL do token respondeu com {kind}, não com um token de acesso. Verifique a URL do token: {url}</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="155"/>
        <source>a link</source>
        <translation>um link</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="167"/>
        <source>an unreadable URL</source>
        <translation>uma URL ilegível</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="168"/>
        <source>The catalog at {api} sent the plugin to {other} ({what}). It was not followed, so that your access token stays with {api}. If {other} is a server you trust, add it to Trusted servers in the EarthPlatform settings: it is then asked without your token.</source>
        <translation>O catálogo em {api} enviou o plugin para {other} ({what}). Isso não foi seguido, para que seu token de acesso fique com {api}. Se {other} é um servidor em que você confia, adicione-o a Servidores confiáveis nas configurações do EarthPlatform: ele passa a ser consultado sem o seu token.</translation>
    </message>
    <message>
        <location filename="../stac/auth.py" line="185"/>
        <source>a redirect</source>
        <translation>um redirecionamento</translation>
    </message>
    <message>
        <location filename="../stac/chunks.py" line="56"/>
        <source>The catalog sorts results differently from what the plugin expects, so the rest of this search was fetched one page at a time.</source>
        <translation>O catálogo ordena os resultados de forma diferente da esperada pelo plugin, então o restante desta busca foi obtido uma página por vez.</translation>
    </message>
    <message>
        <location filename="../stac/paging.py" line="294"/>
        <source>Search cancelled.</source>
        <translation>Busca cancelada.</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="113"/>
        <source>{what}: the answer is not JSON. Is {url} a STAC API?</source>
        <translation>{what}: a resposta não é JSON. {url} é uma API STAC?</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="123"/>
        <source>Reading the catalog&apos;s landing page</source>
        <translation>Leitura da página inicial do catálogo</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="125"/>
        <source>{url} answers, but it is not a STAC API (no links).</source>
        <translation>{url} responde, mas não é uma API STAC (sem links).</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="133"/>
        <source>No client id and secret are set.</source>
        <translation>Nenhum client id e secret estão definidos.</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="139"/>
        <source>Reading conformance</source>
        <translation>Leitura das classes de conformidade</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="145"/>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="150"/>
        <source>{url} is not a STAC API with {classes}.</source>
        <translation>{url} não é uma API STAC com {classes}.</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="157"/>
        <source>Signed in to {title}.</source>
        <translation>Conectado a {title}.</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="171"/>
        <source>Listing collections</source>
        <translation>Listagem das coleções</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="197"/>
        <source>Reading queryables</source>
        <translation>Leitura das propriedades filtráveis (queryables)</translation>
    </message>
    <message>
        <location filename="../stac/client.py" line="205"/>
        <source>Reading collection {id}</source>
        <translation>Leitura da coleção {id}</translation>
    </message>
    <message>
        <location filename="../stac/connection.py" line="37"/>
        <source>The STAC API URL</source>
        <translation>A URL da API STAC</translation>
    </message>
    <message>
        <location filename="../stac/connection.py" line="37"/>
        <source>The token URL</source>
        <translation>A URL do token</translation>
    </message>
    <message>
        <location filename="../stac/connection.py" line="43"/>
        <source>{refusal} (from {source})</source>
        <translation>{refusal} (origem: {source})</translation>
    </message>
    <message>
        <location filename="../stac/connection.py" line="59"/>
        <source>{what} {url} uses http://: the client secret and the access token would cross the network unencrypted. Use https:// (http:// is only for this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation>{what} {url} usa http://: o secret do cliente e o token de acesso atravessariam a rede sem criptografia. Use https:// (http:// é só para este computador: localhost, 127.0.0.1 ou ::1).</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="112"/>
        <source>{item} has no asset &apos;{asset}&apos;</source>
        <translation>{item} não tem o asset '{asset}'</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="117"/>
        <source>{item}: asset &apos;{asset}&apos; has no downloadable URL</source>
        <translation>{item}: o asset '{asset}' não tem URL para download</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="234"/>
        <source>The items&apos; JSON was not saved: {problem}</source>
        <translation>O JSON dos itens não foi salvo: {problem}</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="285"/>
        <source>the server refuses even a newly signed link.</source>
        <translation>o servidor recusa até um link assinado novamente.</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="298"/>
        <source>{received} bytes arrived of {expected}</source>
        <translation>{received} bytes recebidos de {expected}</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="308"/>
        <source>{received} bytes arrived, {expected} expected; the file was not kept.</source>
        <translation>{received} bytes recebidos, {expected} esperados; o arquivo não foi mantido.</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="343"/>
        <source>the partial file left by an earlier download did not match</source>
        <translation>o arquivo parcial deixado por um download anterior não correspondia</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="347"/>
        <source>Downloading {file}</source>
        <translation>Download de {file}</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="365"/>
        <source>Download cancelled.</source>
        <translation>Download cancelado.</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="367"/>
        <source>the connection broke off ({error})</source>
        <translation>a conexão foi interrompida ({error})</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="383"/>
        <source>the bytes received do not match the item&apos;s checksum; the file was not kept.</source>
        <translation>os bytes recebidos não correspondem ao checksum do item; o arquivo não foi mantido.</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="401"/>
        <source>the link expired and {error}</source>
        <translation>o link expirou e {error}</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="405"/>
        <source>the link expired and the catalog no longer has the asset.</source>
        <translation>o link expirou e o catálogo não tem mais o asset.</translation>
    </message>
    <message>
        <location filename="../tasks/layers.py" line="158"/>
        <source>&apos;{asset}&apos; of {item}</source>
        <translation>'{asset}' de {item}</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="418"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="435"/>
        <source>cannot write the file: {problem} ({path})</source>
        <translation>não foi possível gravar o arquivo: {problem} ({path})</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="438"/>
        <source>cannot write the file: {problem}</source>
        <translation>não foi possível gravar o arquivo: {problem}</translation>
    </message>
    <message>
        <location filename="../stac/download.py" line="454"/>
        <source>{file}: the server sent another part of the file than the one asked for ({url}).</source>
        <translation>{file}: o servidor enviou uma parte do arquivo diferente da pedida ({url}).</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="231"/>
        <source>(an unreadable URL)</source>
        <translation>(uma URL ilegível)</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="274"/>
        <source>The proxy set in QGIS&apos;s network options {failure} ({host}).</source>
        <translation>O proxy definido nas opções de rede do QGIS {failure} ({host}).</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="278"/>
        <source>The proxy set in QGIS&apos;s network options is a SOCKS5 proxy, which needs the Python package PySocks in QGIS&apos;s Python ({host}).</source>
        <translation>O proxy definido nas opções de rede do QGIS é um proxy SOCKS5, que precisa do pacote Python PySocks no Python do QGIS ({host}).</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="283"/>
        <source>The secure connection to {host} failed: its certificate could not be verified. Check the URL. A certificate signed by your organisation&apos;s own authority (or a proxy that intercepts HTTPS) needs that authority added to QGIS&apos;s Authentication Manager (Options, Authentication, Certificate Manager).</source>
        <translation>A conexão segura com {host} falhou: o certificado dele não pôde ser verificado. Verifique a URL. Um certificado assinado pela autoridade da sua própria organização (ou por um proxy que intercepta HTTPS) exige que essa autoridade seja adicionada ao Gerenciador de Autenticação do QGIS (Opções, Autenticação, Gerenciador de Certificados).</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="290"/>
        <source>{host} did not accept a connection within {seconds} s.</source>
        <translation>{host} não aceitou uma conexão em {seconds} s.</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="296"/>
        <source>{host} stopped answering: no data came within the time allowed.</source>
        <translation>{host} parou de responder: nenhum dado chegou no tempo permitido.</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="305"/>
        <source>The server name {host} could not be found. Check the URL and your network.</source>
        <translation>O nome do servidor {host} não foi encontrado. Verifique a URL e sua rede.</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="309"/>
        <source>{host} refused the connection. Check the URL (and port).</source>
        <translation>{host} recusou a conexão. Verifique a URL (e a porta).</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="310"/>
        <source>Could not reach {host}. Check the URL and your network.</source>
        <translation>Não foi possível alcançar {host}. Verifique a URL e sua rede.</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="311"/>
        <source>The request to {host} failed: {error}.</source>
        <translation>A requisição para {host} falhou: {error}.</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="319"/>
        <source>asks for a user name and password: set them in QGIS&apos;s proxy settings</source>
        <translation>pede um nome de usuário e uma senha: defina-os nas configurações de proxy do QGIS</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="321"/>
        <source>cannot be reached: check its host and port in QGIS&apos;s proxy settings</source>
        <translation>não pode ser alcançado: verifique o host e a porta dele nas configurações de proxy do QGIS</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="322"/>
        <source>could not pass the request on</source>
        <translation>não conseguiu repassar a requisição</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="333"/>
        <source>{what} failed: {status}: {message} ({url})</source>
        <translation>{what}: falha, {status}: {message} ({url})</translation>
    </message>
    <message>
        <location filename="../stac/http.py" line="337"/>
        <source>{what} failed: {status} ({url})</source>
        <translation>{what}: falha, {status} ({url})</translation>
    </message>
    <message>
        <location filename="../stac/items.py" line="48"/>
        <source>Reading mask item {item}</source>
        <translation>Leitura do item de máscara {item}</translation>
    </message>
    <message>
        <location filename="../stac/masks.py" line="35"/>
        <source>Agriculture cloud mask</source>
        <translation>Máscara de nuvem agrícola</translation>
    </message>
    <message>
        <location filename="../stac/masks.py" line="43"/>
        <source>EDA cloud mask</source>
        <translation>Máscara de nuvem EDA</translation>
    </message>
    <message>
        <location filename="../stac/masks.py" line="52"/>
        <source>Scene classification (SCL)</source>
        <translation>Classificação de cena (SCL)</translation>
    </message>
    <message>
        <location filename="../stac/masks.py" line="144"/>
        <source>{mask} item {item} does not exist</source>
        <translation>{mask}: o item {item} não existe</translation>
    </message>
    <message>
        <location filename="../stac/masks.py" line="150"/>
        <source>{mask} item has no readable &apos;{asset}&apos; asset</source>
        <translation>{mask}: o item não tem asset '{asset}' legível</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="192"/>
        <source>no cloud mask</source>
        <translation>sem máscara de nuvem</translation>
    </message>
    <message>
        <location filename="../stac/paging.py" line="173"/>
        <source>The catalog&apos;s next-page link cannot be followed: {error}</source>
        <translation>O link de próxima página do catálogo não pode ser seguido: {error}</translation>
    </message>
    <message>
        <location filename="../stac/paging.py" line="183"/>
        <source>The catalog sent a page of results that is not valid JSON: {url}</source>
        <translation>O catálogo enviou uma página de resultados que não é JSON válido: {url}</translation>
    </message>
    <message>
        <location filename="../stac/paging.py" line="189"/>
        <source>The catalog sent a page of results that is not a GeoJSON FeatureCollection: {url}</source>
        <translation>O catálogo enviou uma página de resultados que não é uma FeatureCollection GeoJSON: {url}</translation>
    </message>
    <message>
        <location filename="../stac/paging.py" line="195"/>
        <source>The catalog sent a page of results without a list of features: {url}</source>
        <translation>O catálogo enviou uma página de resultados sem lista de feições (features): {url}</translation>
    </message>
    <message>
        <location filename="../stac/paging.py" line="317"/>
        <source>The catalog&apos;s next-page link points back at a page already read; stopped to avoid an endless search.</source>
        <translation>O link de próxima página do catálogo aponta de volta para uma página já lida; interrompido para evitar uma busca sem fim.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="132"/>
        <source>Choose at least one collection or enter item IDs.</source>
        <translation>Escolha ao menos uma coleção ou informe ids de itens.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="135"/>
        <source>An empty collection is in the list; remove it.</source>
        <translation>Há uma coleção vazia na lista; remova-a.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="135"/>
        <source>The collection {name} contains a space, comma or semicolon; enter one per line.</source>
        <translation>A coleção {name} contém um espaço, vírgula ou ponto e vírgula; informe uma por linha.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="142"/>
        <source>An empty item ID is in the list; remove it.</source>
        <translation>Há um id de item vazio na lista; remova-o.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="142"/>
        <source>The item ID {name} contains a space, comma or semicolon; enter one per line.</source>
        <translation>O id de item {name} contém um espaço, vírgula ou ponto e vírgula; informe um por linha.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="208"/>
        <source>The stored search {search} is not a JSON object.</source>
        <translation>A busca armazenada {search} não é um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="219"/>
        <source>The stored value {value} cannot be read: {error}.</source>
        <translation>O valor armazenado {value} não pode ser lido: {error}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="261"/>
        <source>The query is nested more than {depth} levels deep; a query is {example}.</source>
        <translation>A consulta está aninhada em mais de {depth} níveis; uma consulta tem a forma {example}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="274"/>
        <source>Line {line}, column {column}: {error}.</source>
        <translation>Linha {line}, coluna {column}: {error}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="310"/>
        <source>{key} appears twice; put all its operators in one object.</source>
        <translation>{key} aparece duas vezes; coloque todos os operadores dele em um só objeto.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="323"/>
        <source>{number} is too large for a JSON number.</source>
        <translation>{number} é grande demais para um número JSON.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="329"/>
        <source>{name} is not a JSON number.</source>
        <translation>{name} não é um número JSON.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="383"/>
        <source>The end, {end}, is before the start, {start}.</source>
        <translation>O fim, {end}, é anterior ao início, {start}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="413"/>
        <source>The query must be a JSON object such as {example}; it is {query}.</source>
        <translation>A consulta deve ser um objeto JSON como {example}; ela é {query}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="420"/>
        <source>In {where}, {name} must map to an object of operators and values, such as {example}.</source>
        <translation>Em {where}, {name} deve corresponder a um objeto de operadores e valores, como {example}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="430"/>
        <source>In {where}, {problem}</source>
        <translation>Em {where}, {problem}</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="440"/>
        <source>{operator} is not an operator; use one of {operators}.</source>
        <translation>{operator} não é um operador; use um de {operators}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="444"/>
        <source>&quot;in&quot; needs a list of values, such as [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>&quot;in&quot; precisa de uma lista de valores, como [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="446"/>
        <source>&quot;{operator}&quot; needs text in quotes.</source>
        <translation>&quot;{operator}&quot; precisa de texto entre aspas.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="450"/>
        <source>cloud cover must be a number from 0 to 100.</source>
        <translation>a cobertura de nuvens deve ser um número de 0 a 100.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="456"/>
        <source>Sort fields are property names without spaces; {field} is not.</source>
        <translation>Campos de ordenação são nomes de propriedades sem espaços; {field} não é.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="470"/>
        <source>The page size must be from 1 to {most}; it is {limit}.</source>
        <translation>O tamanho de página deve ser de 1 a {most}; ele é {limit}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="475"/>
        <source>The maximum number of items must be at least 1 (empty for all); it is {max_items}.</source>
        <translation>O número máximo de itens deve ser ao menos 1 (vazio para todos); ele é {max_items}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="484"/>
        <source>The area of interest is empty; draw or choose one, or clear it.</source>
        <translation>A área de interesse está vazia; desenhe ou escolha uma, ou limpe-a.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="488"/>
        <source>The area of interest must be a GeoJSON geometry ({types}); its type is {kind}.</source>
        <translation>A área de interesse deve ser uma geometria GeoJSON ({types}); o tipo dela é {kind}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="495"/>
        <source>The area of interest is a GeometryCollection without geometries.</source>
        <translation>A área de interesse é uma GeometryCollection sem geometrias.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="500"/>
        <source>The area of interest is a {kind} whose coordinates are empty or not nested as a {kind}&apos;s: {coordinates}.</source>
        <translation>A área de interesse é um {kind} cujas coordenadas estão vazias ou não aninhadas como as de um {kind}: {coordinates}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="510"/>
        <source>The area of interest is a {kind} with a ring that is not closed or has fewer than 4 positions: {ring}.</source>
        <translation>A área de interesse é um {kind} com um anel que não está fechado ou tem menos de 4 posições: {ring}.</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="556"/>
        <source>{value} is not {kind} or null</source>
        <translation>{value} não é {kind} nem null</translation>
    </message>
    <message>
        <location filename="../stac/spec.py" line="556"/>
        <source>{value} is not {kind}</source>
        <translation>{value} não é {kind}</translation>
    </message>
    <message>
        <location filename="../tasks/base.py" line="63"/>
        <source>{task} stopped on an unexpected error; the details are in the {log} log.</source>
        <translation>{task} parou por um erro inesperado; os detalhes estão no log {log}.</translation>
    </message>
    <message>
        <location filename="../tasks/catalog.py" line="31"/>
        <source>EarthPlatform: listing collections</source>
        <translation>EarthPlatform: listando coleções</translation>
    </message>
    <message>
        <location filename="../tasks/catalog.py" line="50"/>
        <source>The check did not run.</source>
        <translation>A verificação não foi executada.</translation>
    </message>
    <message>
        <location filename="../tasks/catalog.py" line="51"/>
        <source>EarthPlatform: testing the connection</source>
        <translation>EarthPlatform: testando a conexão</translation>
    </message>
    <message>
        <location filename="../tasks/catalog.py" line="64"/>
        <source>EarthPlatform: renewing asset links</source>
        <translation>EarthPlatform: renovando os links dos assets</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="149"/>
        <source>its link expired and a new one could not be had: {error}</source>
        <translation>o link dela expirou e não foi possível obter um novo: {error}</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="153"/>
        <source>its link expired and the catalog gave no new one</source>
        <translation>o link dela expirou e o catálogo não forneceu um novo</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="160"/>
        <source>the server refused its link ({status}, forbidden), even once renewed</source>
        <translation>o servidor recusou o link dela ({status}, proibido), mesmo renovado</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="254"/>
        <source>the {mask} cannot be read</source>
        <translation>{mask}: leitura impossível</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="276"/>
        <source>{problem}: {error}</source>
        <translation>{problem}: {error}</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="302"/>
        <source>the {mask} cannot be counted: an unexpected error stopped it (the details are in the {log} log)</source>
        <translation>{mask}: contagem impossível, um erro inesperado a interrompeu (os detalhes estão no log {log})</translation>
    </message>
    <message>
        <location filename="../tasks/clearsky.py" line="338"/>
        <source>EarthPlatform: clear sky over {fields}</source>
        <translation>EarthPlatform: céu limpo sobre {fields}</translation>
    </message>
    <message>
        <location filename="../tasks/download.py" line="27"/>
        <source>EarthPlatform: downloading assets to {folder}</source>
        <translation>EarthPlatform: baixando assets em {folder}</translation>
    </message>
    <message>
        <location filename="../tasks/layers.py" line="64"/>
        <source>EarthPlatform: loading cloud masks</source>
        <translation>EarthPlatform: carregando máscaras de nuvem</translation>
    </message>
    <message>
        <location filename="../tasks/layers.py" line="97"/>
        <source>EarthPlatform: loading imagery with cloud masks</source>
        <translation>EarthPlatform: carregando imagens com máscaras de nuvem</translation>
    </message>
    <message>
        <location filename="../tasks/layers.py" line="136"/>
        <source>EarthPlatform: adding assets of {item}</source>
        <translation>EarthPlatform: adicionando assets de {item}</translation>
    </message>
    <message>
        <location filename="../tasks/layers.py" line="151"/>
        <source>&apos;{asset}&apos; cannot be added as a layer.</source>
        <translation>'{asset}' não pode ser adicionado como camada.</translation>
    </message>
    <message>
        <location filename="../tasks/search.py" line="53"/>
        <source>EarthPlatform search: {what}</source>
        <translation>Busca EarthPlatform: {what}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="92"/>
        <source>User&apos;s guide</source>
        <translation>Guia do usuário</translation>
    </message>
</context>
</TS>
