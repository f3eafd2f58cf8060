// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// BeaconProxyMetaData contains all meta data concerning the BeaconProxy contract.
var BeaconProxyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"beacon\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"beacon\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidBeacon\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beacon\",\"type\":\"address\"}],\"name\":\"BeaconUpgraded\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"}]",
	ID:  "BeaconProxy",
	Bin: "0x60a060405260405161054538038061054583398101604081905261002291610331565b61002c828261003e565b506001600160a01b0316608052610413565b610047826100fb565b6040516001600160a01b038316907f1cf3b03a6cf19fa2baba4df148e9dcabedea7f8a5c07840e207e5c089be95d3e905f90a28051156100ef576100ea826001600160a01b0316635c60da1b6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100c0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e491906103f3565b82610209565b505050565b6100f76102aa565b5050565b806001600160a01b03163b5f0361013557604051631933b43b60e21b81526001600160a01b03821660048201526024015b60405180910390fd5b807fa3f0ad74e5423aebfd80d3ef4346578335a9a72aeaee59ff6cb3582b35133d5080546001600160a01b0319166001600160a01b0392831617905560408051635c60da1b60e01b815290515f92841691635c60da1b9160048083019260209291908290030181865afa1580156101ae573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101d291906103f3565b9050806001600160a01b03163b5f036100f757604051634c9c8ce360e01b81526001600160a01b038216600482015260240161012c565b60605f61021684846102cb565b905080801561023757505f3d118061023757505f846001600160a01b03163b115b1561024c576102446102de565b9150506102a4565b801561027657604051639996b31560e01b81526001600160a01b038516600482015260240161012c565b3d15610289576102846102f7565b6102a2565b60405163d6bda27560e01b815260040160405180910390fd5b505b92915050565b34156102c95760405163b398979f60e01b815260040160405180910390fd5b565b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b80516001600160a01b0381168114610318575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215610342575f5ffd5b61034b83610302565b60208401519092506001600160401b03811115610366575f5ffd5b8301601f81018513610376575f5ffd5b80516001600160401b0381111561038f5761038f61031d565b604051601f8201601f19908116603f011681016001600160401b03811182821017156103bd576103bd61031d565b6040528181528282016020018710156103d4575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b5f60208284031215610403575f5ffd5b61040c82610302565b9392505050565b60805161011b61042a5f395f601d015261011b5ff3fe6080604052600a600c565b005b60186014601a565b609d565b565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635c60da1b6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156076573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906098919060ba565b905090565b365f5f375f5f365f845af43d5f5f3e80801560b6573d5ff35b3d5ffd5b5f6020828403121560c9575f5ffd5b81516001600160a01b038116811460de575f5ffd5b939250505056fea2646970667358221220713c71d6e7127d76b2f846f522a3a0bcaa64145174eccb25fd1c4e8df871102964736f6c63430008250033",
}

// BeaconProxy is an auto generated Go binding around an Ethereum contract.
type BeaconProxy struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BeaconProxy) GetABI() abi.ABI {
	return c.abi
}

// NewBeaconProxy creates a new instance of BeaconProxy.
func NewBeaconProxy() *BeaconProxy {
	parsed, err := BeaconProxyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BeaconProxy{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BeaconProxy) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address beacon, bytes data) payable returns()
func (beaconProxy *BeaconProxy) PackConstructor(beacon common.Address, data []byte) []byte {
	enc, err := beaconProxy.abi.Pack("", beacon, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// BeaconProxyBeaconUpgraded represents a BeaconUpgraded event raised by the BeaconProxy contract.
type BeaconProxyBeaconUpgraded struct {
	Beacon common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const BeaconProxyBeaconUpgradedEventName = "BeaconUpgraded"

// ContractEventName returns the user-defined event name.
func (BeaconProxyBeaconUpgraded) ContractEventName() string {
	return BeaconProxyBeaconUpgradedEventName
}

// UnpackBeaconUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BeaconUpgraded(address indexed beacon)
func (beaconProxy *BeaconProxy) UnpackBeaconUpgradedEvent(log *types.Log) (*BeaconProxyBeaconUpgraded, error) {
	event := "BeaconUpgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != beaconProxy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BeaconProxyBeaconUpgraded)
	if len(log.Data) > 0 {
		if err := beaconProxy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range beaconProxy.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (beaconProxy *BeaconProxy) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], beaconProxy.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return beaconProxy.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], beaconProxy.abi.Errors["ERC1967InvalidBeacon"].ID.Bytes()[:4]) {
		return beaconProxy.UnpackERC1967InvalidBeaconError(raw[4:])
	}
	if bytes.Equal(raw[:4], beaconProxy.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return beaconProxy.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], beaconProxy.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return beaconProxy.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], beaconProxy.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return beaconProxy.UnpackFailedCallError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BeaconProxyAddressEmptyCode represents a AddressEmptyCode error raised by the BeaconProxy contract.
type BeaconProxyAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func BeaconProxyAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (beaconProxy *BeaconProxy) UnpackAddressEmptyCodeError(raw []byte) (*BeaconProxyAddressEmptyCode, error) {
	out := new(BeaconProxyAddressEmptyCode)
	if err := beaconProxy.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BeaconProxyERC1967InvalidBeacon represents a ERC1967InvalidBeacon error raised by the BeaconProxy contract.
type BeaconProxyERC1967InvalidBeacon struct {
	Beacon common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidBeacon(address beacon)
func BeaconProxyERC1967InvalidBeaconErrorID() common.Hash {
	return common.HexToHash("0x64ced0ece10d3f255d366f738253b047af18e833e0d579faf1f0587af8c0d9c2")
}

// UnpackERC1967InvalidBeaconError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidBeacon(address beacon)
func (beaconProxy *BeaconProxy) UnpackERC1967InvalidBeaconError(raw []byte) (*BeaconProxyERC1967InvalidBeacon, error) {
	out := new(BeaconProxyERC1967InvalidBeacon)
	if err := beaconProxy.abi.UnpackIntoInterface(out, "ERC1967InvalidBeacon", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BeaconProxyERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the BeaconProxy contract.
type BeaconProxyERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func BeaconProxyERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (beaconProxy *BeaconProxy) UnpackERC1967InvalidImplementationError(raw []byte) (*BeaconProxyERC1967InvalidImplementation, error) {
	out := new(BeaconProxyERC1967InvalidImplementation)
	if err := beaconProxy.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BeaconProxyERC1967NonPayable represents a ERC1967NonPayable error raised by the BeaconProxy contract.
type BeaconProxyERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func BeaconProxyERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (beaconProxy *BeaconProxy) UnpackERC1967NonPayableError(raw []byte) (*BeaconProxyERC1967NonPayable, error) {
	out := new(BeaconProxyERC1967NonPayable)
	if err := beaconProxy.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BeaconProxyFailedCall represents a FailedCall error raised by the BeaconProxy contract.
type BeaconProxyFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func BeaconProxyFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (beaconProxy *BeaconProxy) UnpackFailedCallError(raw []byte) (*BeaconProxyFailedCall, error) {
	out := new(BeaconProxyFailedCall)
	if err := beaconProxy.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}
