/**
 * Editor side of the `twin-cities/partners` block, written against the `wp` globals so
 * the plugin needs no build step. The block is dynamic: it saves only its attributes,
 * and both the preview below and the published page come from PHP
 * (twin_cities_render_block), so they cannot drift apart.
 */
( function ( blocks, element, blockEditor, components, ServerSideRender, i18n ) {
	'use strict';

	var el = element.createElement;
	var __ = i18n.__;

	var LANGUAGES = [
		{ value: '', label: __( 'Language of the page', 'twin-cities' ) },
		{ value: 'fr', label: 'Français' },
		{ value: 'de', label: 'Deutsch' },
		{ value: 'it', label: 'Italiano' },
		{ value: 'pl', label: 'Polski' },
		{ value: 'pt', label: 'Português' },
		{ value: 'en', label: 'English' },
	];

	var HEADING_LEVELS = [ 1, 2, 3, 4, 5, 6 ].map( function ( level ) {
		return { value: String( level ), label: 'H' + level };
	} );

	function Edit( props ) {
		var attributes = props.attributes;
		var setAttributes = props.setAttributes;

		var settings = el(
			blockEditor.InspectorControls,
			null,
			el(
				components.PanelBody,
				{ title: __( 'Feed', 'twin-cities' ) },
				el( components.TextControl, {
					label: __( 'Feed URL', 'twin-cities' ),
					type: 'url',
					value: attributes.src || '',
					placeholder: 'https://www.example.org/twin-cities.json',
					help: __( 'Leave empty to show your own list, saved in the Twin cities menu (or the default feed of its settings). It is written into the page, with no second request.', 'twin-cities' ),
					onChange: function ( value ) {
						setAttributes( { src: value.trim() } );
					},
				} ),
				el( components.ToggleControl, {
					label: __( 'Show which partners list us back', 'twin-cities' ),
					help: __( 'Reads each partner town\'s own feed and marks the cards of those that list your town.', 'twin-cities' ),
					checked: Boolean( attributes.reciprocal ),
					onChange: function ( value ) {
						setAttributes( { reciprocal: value } );
					},
				} ),
				el( components.SelectControl, {
					label: __( 'Language', 'twin-cities' ),
					value: attributes.lang || '',
					options: LANGUAGES,
					onChange: function ( value ) {
						setAttributes( { lang: value } );
					},
				} )
			),
			el(
				components.PanelBody,
				{ title: __( 'Layout', 'twin-cities' ) },
				el( components.SelectControl, {
					label: __( 'Heading level', 'twin-cities' ),
					help: __( 'The level of each card\'s heading, to fit the headings around the block.', 'twin-cities' ),
					value: String( parseInt( attributes.headingLevel, 10 ) || 3 ),
					options: HEADING_LEVELS,
					onChange: function ( value ) {
						setAttributes( { headingLevel: parseInt( value, 10 ) } );
					},
				} ),
				el( components.TextControl, {
					label: __( 'Cards per page', 'twin-cities' ),
					help: __( 'How many cards show before a "Show more" button. Empty: 100. 0: all.', 'twin-cities' ),
					type: 'number',
					min: 0,
					value: attributes.pageSize === undefined ? '' : String( attributes.pageSize ),
					onChange: function ( value ) {
						var size = parseInt( value, 10 );
						setAttributes( { pageSize: size >= 0 ? size : undefined } );
					},
				} )
			)
		);

		return el(
			element.Fragment,
			null,
			settings,
			el(
				'div',
				blockEditor.useBlockProps(),
				el( ServerSideRender, {
					block: 'twin-cities/partners',
					attributes: attributes,
				} )
			)
		);
	}

	blocks.registerBlockType( 'twin-cities/partners', {
		edit: Edit,
		save: function () {
			return null;
		},
	} );
} )(
	window.wp.blocks,
	window.wp.element,
	window.wp.blockEditor,
	window.wp.components,
	window.wp.serverSideRender,
	window.wp.i18n
);
