package org.heterostack.engine.stability.internal.mapping;

import org.heterostack.model.Layer;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;

/**
 * One spacer in one 2D phase of the analysed object: the unit the migration and ageing engines evaluate.
 *
 * @param spacer the spacer cation
 * @param phase  the 2D phase it forms
 * @param layer  the device layer the phase was found in (its thickness stands in when the phase has none); null
 *               outside devices
 */
public record CappedSpacer(OrganicCation spacer, Perovskite2D phase, Layer layer) {

    /** @return "PEA in 2D phase 'PEA2PbI4'", for messages */
    public String label() {
        return SpacerMapper.label(spacer) + " in 2D phase '" + phase.getName() + "'";
    }
}
