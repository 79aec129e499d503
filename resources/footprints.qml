<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- Footprints: outlines only, coloured by eo:cloud_cover; no cloud cover (NULL) is grey.
     Written by QGIS 3.22 (read by later versions as is), trimmed to what differs from defaults. -->
<qgis styleCategories="Symbology" version="3.22.16-Białowieża">
  <renderer-v2 attr="coalesce(&quot;eo:cloud_cover&quot;, -1)" symbollevels="0" referencescale="-1" graduatedMethod="GraduatedColor" forceraster="0" type="graduatedSymbol" enableorderby="0">
    <ranges>
      <range upper="10.000000000000000" lower="0.000000000000000" label="0 – 10 %" symbol="0" render="true"/>
      <range upper="30.000000000000000" lower="10.000000000000000" label="10 – 30 %" symbol="1" render="true"/>
      <range upper="60.000000000000000" lower="30.000000000000000" label="30 – 60 %" symbol="2" render="true"/>
      <range upper="100.000000000000000" lower="60.000000000000000" label="60 – 100 %" symbol="3" render="true"/>
      <range upper="-1.000000000000000" lower="-1.000000000000000" label="Cloud cover unknown" symbol="4" render="true"/>
    </ranges>
    <symbols>
      <symbol alpha="1" force_rhr="0" name="0" clip_to_extent="1" type="fill">
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option value="0,0,255,255" name="color" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="31,120,220,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.4" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="no" name="style" type="QString"/>
          </Option>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="1" clip_to_extent="1" type="fill">
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option value="0,0,255,255" name="color" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="40,170,70,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.4" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="no" name="style" type="QString"/>
          </Option>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="2" clip_to_extent="1" type="fill">
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option value="0,0,255,255" name="color" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="240,150,20,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.4" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="no" name="style" type="QString"/>
          </Option>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="3" clip_to_extent="1" type="fill">
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option value="0,0,255,255" name="color" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="215,40,40,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.4" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="no" name="style" type="QString"/>
          </Option>
        </layer>
      </symbol>
      <symbol alpha="1" force_rhr="0" name="4" clip_to_extent="1" type="fill">
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option value="0,0,255,255" name="color" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="140,140,140,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.4" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="no" name="style" type="QString"/>
          </Option>
        </layer>
      </symbol>
    </symbols>
    <source-symbol>
      <symbol alpha="1" force_rhr="0" name="0" clip_to_extent="1" type="fill">
        <layer enabled="1" pass="0" class="SimpleFill" locked="0">
          <Option type="Map">
            <Option value="0,0,255,255" name="color" type="QString"/>
            <Option value="round" name="joinstyle" type="QString"/>
            <Option value="140,140,140,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.4" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="no" name="style" type="QString"/>
          </Option>
        </layer>
      </symbol>
    </source-symbol>
    <classificationMethod id="Custom">
      <symmetricMode enabled="0" astride="0" symmetrypoint="0"/>
      <labelFormat trimtrailingzeroes="1" labelprecision="4" format="%1 - %2"/>
      <parameters>
        <Option/>
      </parameters>
      <extraInformation/>
    </classificationMethod>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerGeometryType>2</layerGeometryType>
</qgis>
